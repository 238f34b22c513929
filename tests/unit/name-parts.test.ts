import { describe, expect, it } from 'vitest';
import { nameParts, namePartsAttributes } from '../../src/search/name-parts.ts';

const person = (fields: Partial<Parameters<typeof nameParts>[0]> & { name: string }) => ({
	aliases: [],
	...fields,
});

describe('nameParts', () => {
	it('splits a Chinese name where its pinyin splits, in both scripts', () => {
		expect(
			nameParts(
				person({
					name: 'Cui Tiankai',
					chineseName: '崔天凯',
					traditionalName: '崔天凱',
					pinyin: 'Cuī Tiānkǎi',
				}),
			),
		).toEqual(['崔 天凯', '崔 天凱']);
		expect(
			nameParts(person({ name: 'Mao Zedong', chineseName: '毛泽东', pinyin: 'Máo Zédōng' })),
		).toEqual(['毛 泽东']);
	});

	it('splits a Korean name, and its Chinese characters, one block per romanised syllable', () => {
		expect(
			nameParts(person({ name: 'Kim Jong Un', koreanName: '김정은', chineseName: '金正恩' })),
		).toEqual(['김 정은', '金 正恩']);
	});

	it('splits nothing it would have to guess', () => {
		// A transliteration of a foreign name is not family and given name.
		expect(nameParts(person({ name: 'Barack Obama', chineseName: '奥巴马' }))).toEqual([]);
		expect(nameParts(person({ name: 'John Kerry', chineseName: '克里' }))).toEqual([]);
		// A syllable without a tone mark leaves the count short.
		expect(
			nameParts(person({ name: 'Cui Tiankai', chineseName: '崔天凯', pinyin: 'Cui Tiānkǎi' })),
		).toEqual([]);
		expect(namePartsAttributes(person({ name: 'John Delury' }))).toEqual({});
	});

	it('gives the parts to Pagefind as an indexed attribute', () => {
		expect(
			namePartsAttributes(
				person({ name: 'Xi Jinping', chineseName: '习近平', pinyin: 'Xí Jìnpíng' }),
			),
		).toEqual({
			'data-pagefind-index-attrs': 'data-name-parts',
			'data-name-parts': '习 近平',
		});
	});
});
