import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/loader/placeholders.ts';

describe('placeholders', () => {
	it('finds every value still marked TODO:, with its field and what to write', () => {
		expect(
			findPlaceholders({
				question: 'TODO: the question',
				source: { url: 'TODO: an address', file: 'source.txt' },
				list: ['x', 'TODO: y'],
			}),
		).toEqual([
			{ path: ['question'], what: 'the question' },
			{ path: ['source', 'url'], what: 'an address' },
			{ path: ['list', 1], what: 'y' },
		]);
	});
});
