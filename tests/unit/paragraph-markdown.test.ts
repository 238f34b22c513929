import { describe, expect, it } from 'vitest';
import { paragraphMarkdown } from '../../src/import/paragraph-markdown.ts';

describe('writing archived paragraphs as Markdown', () => {
	it('keeps plain prose as it is and escapes what Markdown would read differently', () => {
		expect(paragraphMarkdown('It’s “new” (ie, leaked).')).toBe('It’s “new” (ie, leaked).');
		for (const text of [
			'*Very* telling',
			'1. A list?',
			'# Not a heading',
			'a <b>tag</b> & more',
			'[1] a note_with_underscores',
			'- dash',
		])
			expect(paragraphMarkdown(text), text).toBeDefined();
		expect(paragraphMarkdown('*Very* telling')).toBe('\\*Very\\* telling');
	});
});
