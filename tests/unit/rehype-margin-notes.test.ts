import { describe, expect, it } from 'vitest';
import { citationLinker } from '../../src/citations/citation-links.ts';
import { renderContribution, renderNote } from '../../src/markdown/render.ts';
import { items } from '../support/csl-items.ts';

describe('rendering notes', () => {
	const cite = citationLinker(items, [], (id) => `#ref-${id}`);

	it('renders a note as phrasing content with linked citations', () => {
		expect(renderNote('A *short* note [@bbc2013].', cite).html).toBe(
			'A <em>short</em> note <cite class="citation" data-cites="bbc2013" data-pagefind-ignore="">(<a href="#ref-bbc2013">BBC News 2013</a>)</cite>.',
		);
	});

	it('marks a note’s words, even across inline markup, and places the note after the paragraph', () => {
		const note = renderNote('On the phrase [@bbc2013].', cite);
		const html = renderContribution('Some *emphasised words* here, then more.', {
			id: 'c1',
			number: 1,
			notes: [
				{
					id: 'phrase',
					number: 4,
					exact: 'emphasised words here',
					anchor: { paragraph: 0, start: 5, end: 26 },
					body: note.body,
				},
			],
		});
		expect(html).toContain(
			'Some <em><mark class="note-anchor" data-note="phrase" data-i="1">emphasised words</mark></em><mark class="note-anchor" data-note="phrase" data-i="1"> here</mark><a class="note-ref" id="note-ref-phrase" href="#note-phrase" data-n="4" data-anchor="--note-phrase" aria-label="Note 4"></a>, then more.</p>',
		);
		expect(html).toContain(
			'<div class="para-notes"><div class="sidenote" id="note-phrase" role="note" aria-label="Note 4, on “emphasised words here”" data-i="1" data-anchor="--note-phrase" data-pagefind-title="Note 4"><a class="note-num" href="#note-ref-phrase" data-pagefind-ignore="">4</a> On the phrase',
		);
	});

	it('numbers notes within their paragraph in order of their words, wherever they come in the list', () => {
		const body = [{ type: 'text' as const, value: 'Note.' }];
		const html = renderContribution('Alpha beta gamma.\n\nDelta.', {
			id: 'c1',
			number: 1,
			notes: [
				{
					id: 'gamma',
					number: 2,
					exact: 'gamma',
					anchor: { paragraph: 0, start: 11, end: 16 },
					body,
				},
				{
					id: 'delta',
					number: 3,
					exact: 'Delta',
					anchor: { paragraph: 1, start: 0, end: 5 },
					body,
				},
				{
					id: 'alpha',
					number: 1,
					exact: 'Alpha',
					anchor: { paragraph: 0, start: 0, end: 5 },
					body,
				},
			],
		});
		const order = [
			...html.matchAll(/<p[^>]*>|<div class="sidenote" id="note-(\w+)"[^>]*data-i="(\d)"/g),
		].map((m) => (m[1] ? `${m[1]}:${m[2]}` : 'p'));
		expect(order).toEqual(['p', 'alpha:1', 'gamma:2', 'p', 'delta:1']);
	});

	it('keeps every archived character when notes and links are inserted', () => {
		const text = 'Cui Tiankai met Xi Jinping; Xinyu and Xi’s aide too.';
		const html = renderContribution(text, {
			id: 'c1',
			number: 1,
			notes: [
				{
					id: 'n',
					number: 1,
					exact: 'Cui Tiankai',
					anchor: { paragraph: 0, start: 0, end: 11 },
					body: [{ type: 'text', value: 'Note.' }],
				},
			],
			mentions: [
				{ text: 'Cui Tiankai', href: '/people/cui/' },
				{ text: 'Xi Jinping', href: '/people/xi/' },
				{ text: 'Xi', href: '/people/xi/' },
			],
		});
		const words = html
			.replace(
				/<div class="para-notes">[\s\S]*?<\/div><\/div>|<a class="para-link"[^>]*>[^<]*<\/a> /g,
				'',
			)
			.replace(/<[^>]+>/g, '');
		expect(words.trim()).toBe(text);
		// Whole words only, longest first: "Xinyu" is not Xi; "Xi’s" is. The second link leads where
		// the stop before it did, so it is no tab stop of its own.
		expect(html).toContain(
			'<a class="person" href="/people/xi/">Xi Jinping</a>; Xinyu and <a class="person" href="/people/xi/" tabindex="-1">Xi</a>’s aide',
		);
		// A mention inside a note's marked words is linked inside the mark.
		expect(html).toContain(
			'<mark class="note-anchor" data-note="n" data-i="1"><a class="person" href="/people/cui/">Cui Tiankai</a></mark>',
		);
	});
});
