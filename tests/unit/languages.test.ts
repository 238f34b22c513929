import { describe, expect, it } from 'vitest';
import { languageOf, languageRuns, taggedNames } from '../../src/core/languages.ts';

describe('languageOf', () => {
	it('tells Chinese, Korean (even with Han characters) and Latin apart', () => {
		expect(languageOf('崔天凯')).toBe('zh');
		expect(languageOf('마오쩌둥 손자 ‘北, 반드시’')).toBe('ko');
		expect(languageOf('Cui Tiankai')).toBeUndefined();
	});
});

describe('languageRuns', () => {
	it('splits English text into runs, marking each Chinese or Korean run', () => {
		expect(languageRuns('Cui Tiankai (崔天凯 · 崔天凱) and 김정은.')).toEqual([
			{ text: 'Cui Tiankai (' },
			{ text: '崔天凯 · 崔天凱', lang: 'zh' },
			{ text: ') and ' },
			{ text: '김정은', lang: 'ko' },
			{ text: '.' },
		]);
		expect(languageRuns('No CJK here.')).toEqual([{ text: 'No CJK here.' }]);
	});
});

describe('taggedNames', () => {
	it('tags each name by the field it comes from, and aliases by their script, without repeats', () => {
		expect(
			taggedNames({
				name: 'Cui Tiankai',
				chineseName: '崔天凯',
				traditionalName: '崔天凱',
				pinyin: 'Cuī Tiānkǎi',
				aliases: ['Tiankai', '崔大使', 'Cui Tiankai'],
			}),
		).toEqual([
			{ text: 'Cui Tiankai' },
			{ text: '崔天凯', lang: 'zh-Hans' },
			{ text: '崔天凱', lang: 'zh-Hant' },
			{ text: 'Cuī Tiānkǎi', lang: 'zh-Latn-pinyin' },
			{ text: 'Tiankai' },
			{ text: '崔大使', lang: 'zh' },
		]);
		expect(taggedNames({ name: 'Kim Jong Un', koreanName: '김정은', aliases: [] })).toEqual([
			{ text: 'Kim Jong Un' },
			{ text: '김정은', lang: 'ko' },
		]);
	});
});
