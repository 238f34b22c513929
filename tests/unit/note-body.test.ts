import { describe, expect, it } from 'vitest';
import { readNoteBody } from '../../src/loader/note-body.ts';
import { renderNote } from '../../src/markdown/render.ts';

describe('a margin note’s citations', () => {
	it('are read at every depth, as the renderer finds them, so each one is checked and listed', () => {
		const body = 'Reported *at the time [@a]* and **later [@b, p. 2]**, then [@a].';
		const read = readNoteBody('content/conversations/x/annotations/n.md', body, 4);
		expect(read.problems).toEqual([]);
		expect(read.keys).toEqual(['a', 'b']);
		expect(read.groups).toEqual([
			[{ id: 'a' }],
			[{ id: 'b', locator: '2', label: 'page' }],
			[{ id: 'a' }],
		]);
		// The renderer turns the same three groups into citations: none is left as raw text.
		const html = renderNote(body, (keys) => [
			{ type: 'text', value: keys.map((key) => key.id).join(';') },
		]).html;
		expect(html.match(/<cite class="citation"/g)).toHaveLength(3);
		expect(html).not.toContain('[@');
	});
});
