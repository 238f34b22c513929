import { describe, expect, it } from 'vitest';
import { wholeWords } from '../../src/core/whole-words.ts';

describe('wholeWords', () => {
	it('matches words with pattern characters literally', () => {
		const pattern = wholeWords(['U.S.', 'Kim (Jr.)', 'C++']);
		expect('The U.S. and UxS. and Kim (Jr.) and C++ too'.match(pattern)).toEqual([
			'U.S.',
			'Kim (Jr.)',
			'C++',
		]);
	});

	it('matches whole words only, longest first', () => {
		const pattern = wholeWords(['Xi', 'Xi Jinping', '崔天凯']);
		expect('Xi Jinping; Xinyu and Xi’s aide; 崔天凯'.match(pattern)).toEqual([
			'Xi Jinping',
			'Xi',
			'崔天凯',
		]);
	});
});
