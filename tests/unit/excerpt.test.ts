import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/model/excerpt.ts';

describe('excerpt', () => {
	it('cuts at a word and marks the cut', () => {
		expect(excerpt('one two three four', 2)).toBe('one two…');
		expect(excerpt('one, two, three', 2)).toBe('one, two…');
		expect(excerpt('short text', 5)).toBe('short text');
	});
});
