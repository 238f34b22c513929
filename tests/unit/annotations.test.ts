import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/annotations/anchor.ts';
import { citationLinker } from '../../src/citations/citation-links.ts';
import { formatBibliography, formatCitations, formatEntries, type CslItem } from '../../src/citations/engine.ts';
import { parseCitations } from '../../src/citations/parse-citations.ts';
import { renderContribution, renderNote } from '../../src/markdown/render.ts';

const paragraphs = ['Cui Tiankai spoke. Later Cui spoke again.', 'The CPPCC met; Cui was there.'];

describe('locateQuote: exact anchoring only', () => {
	it('finds a quote that occurs once', () => {
		expect(locateQuote(paragraphs, { exact: 'CPPCC' })).toEqual({ ok: true, anchor: { paragraph: 1, start: 4, end: 9 } });
	});

	it('refuses a quote that occurs more than once, across paragraphs too', () => {
		expect(locateQuote(paragraphs, { exact: 'Cui' })).toEqual({ ok: false, reason: 'ambiguous', count: 3 });
	});

	it('tells repeated words apart by prefix or suffix, anchoring on the exact words only', () => {
		expect(locateQuote(paragraphs, { exact: 'Cui', prefix: 'Later ' })).toEqual({ ok: true, anchor: { paragraph: 0, start: 25, end: 28 } });
		expect(locateQuote(paragraphs, { exact: 'Cui', suffix: ' was' })).toEqual({ ok: true, anchor: { paragraph: 1, start: 15, end: 18 } });
	});

	it('reports a missing quote, and never matches loosely', () => {
		expect(locateQuote(paragraphs, { exact: 'Cui  Tiankai' })).toEqual({ ok: false, reason: 'missing', count: 0 });
		expect(locateQuote(paragraphs, { exact: 'cui tiankai' })).toMatchObject({ ok: false, reason: 'missing' });
		expect(locateQuote(paragraphs, { exact: 'spoke. The CPPCC' })).toMatchObject({ ok: false, reason: 'missing' });
	});
});

describe('parseCitations', () => {
	it('splits text at Pandoc-style citations, with locators and groups', () => {
		expect(parseCitations('As reported [@bbc2013, p. 3; @ap2011] and [@xinhua]. [Not a cite]')).toEqual([
			{ text: 'As reported ' },
			{ keys: [{ id: 'bbc2013', locator: '3', label: 'page' }, { id: 'ap2011' }], source: '[@bbc2013, p. 3; @ap2011]' },
			{ text: ' and ' },
			{ keys: [{ id: 'xinhua' }], source: '[@xinhua]' },
			{ text: '. [Not a cite]' },
		]);
	});

	it('refuses a citation it cannot read, naming it', () => {
		expect(() => parseCitations('[@ok; not-a-key]')).toThrow(/\[@ok; not-a-key\] is not a citation/);
		expect(() => parseCitations('[@ok, page three]')).toThrow(/locator "page three" needs a label/);
	});
});

const items: CslItem[] = [
	{
		id: 'bbc2013',
		type: 'article-newspaper',
		title: 'UN adopts tough new North Korea sanctions after nuclear test',
		'container-title': 'BBC News',
		author: [{ literal: 'BBC News' }],
		issued: { 'date-parts': [[2013, 3, 7]] },
		URL: 'https://www.bbc.co.uk/news/world-asia-21704862',
	},
	{
		id: 'ap2011',
		type: 'article-newspaper',
		title: 'China objects',
		author: [{ literal: 'Associated Press' }],
		issued: { 'date-parts': [[2011, 6, 30]] },
	},
];

describe('citations through the CSL library', () => {
	it('formats Chicago author-date in-text citations, with locators', () => {
		expect(formatCitations(items, [[{ id: 'bbc2013' }]])).toEqual(['(BBC News 2013)']);
		expect(formatCitations(items, [[{ id: 'bbc2013', locator: '3', label: 'page' }, { id: 'ap2011' }]])).toEqual([
			'(BBC News 2013, 3; Associated Press 2011)',
		]);
	});

	it('formats reference entries, with the URL as a link', () => {
		expect(formatEntries([items[0]!])[0]).toBe(
			'BBC News. 2013. “UN Adopts Tough New North Korea Sanctions after Nuclear Test.” <i>BBC News</i>, March 7, 2013. <a href="https://www.bbc.co.uk/news/world-asia-21704862">https://www.bbc.co.uk/news/world-asia-21704862</a>.',
		);
	});

	it('formats many citations in one run, with the letters of the reference list', () => {
		const twice: CslItem[] = [...items, { ...items[0]!, id: 'bbc2013b', title: 'Another BBC report' }];
		// Letters follow the reference list's order, by title: "Another …" is 2013a.
		expect(formatCitations(twice, [[{ id: 'bbc2013' }], [{ id: 'bbc2013b', locator: '2', label: 'page' }], [{ id: 'ap2011' }]])).toEqual([
			'(BBC News 2013b)',
			'(BBC News 2013a, 2)',
			'(Associated Press 2011)',
		]);
		expect(formatBibliography(twice).map((entry) => entry.html.slice(0, 16))).toEqual([
			'Associated Press',
			'BBC News. 2013a.',
			'BBC News. 2013b.',
		]);
		// Formatted alone, each entry has no letter.
		expect(formatEntries(twice, 'chicago-author-date', 'text').map((entry) => entry.slice(0, 15))).toEqual([
			'BBC News. 2013.',
			'Associated Pres',
			'BBC News. 2013.',
		]);
	});

	it('links each work in a group to its entry', () => {
		const nodes = citationLinker(
			items,
			[[{ id: 'bbc2013' }, { id: 'ap2011' }]],
			(id) => `#ref-${id}`,
		)([{ id: 'bbc2013' }, { id: 'ap2011' }]);
		expect(nodes).toEqual([
			{ type: 'text', value: '(' },
			{ type: 'element', tagName: 'a', properties: { href: '#ref-bbc2013' }, children: [{ type: 'text', value: 'BBC News 2013' }] },
			{ type: 'text', value: '; ' },
			{ type: 'element', tagName: 'a', properties: { href: '#ref-ap2011' }, children: [{ type: 'text', value: 'Associated Press 2011' }] },
			{ type: 'text', value: ')' },
		]);
	});
});

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
			notes: [{ id: 'phrase', number: 4, exact: 'emphasised words here', anchor: { paragraph: 0, start: 5, end: 26 }, body: note.body }],
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
				{ id: 'gamma', number: 2, exact: 'gamma', anchor: { paragraph: 0, start: 11, end: 16 }, body },
				{ id: 'delta', number: 3, exact: 'Delta', anchor: { paragraph: 1, start: 0, end: 5 }, body },
				{ id: 'alpha', number: 1, exact: 'Alpha', anchor: { paragraph: 0, start: 0, end: 5 }, body },
			],
		});
		const order = [...html.matchAll(/<p[^>]*>|<div class="sidenote" id="note-(\w+)"[^>]*data-i="(\d)"/g)].map((m) =>
			m[1] ? `${m[1]}:${m[2]}` : 'p',
		);
		expect(order).toEqual(['p', 'alpha:1', 'gamma:2', 'p', 'delta:1']);
	});

	it('keeps every archived character when notes and links are inserted', () => {
		const text = 'Cui Tiankai met Xi Jinping; Xinyu and Xi’s aide too.';
		const html = renderContribution(text, {
			id: 'c1',
			number: 1,
			notes: [
				{ id: 'n', number: 1, exact: 'Cui Tiankai', anchor: { paragraph: 0, start: 0, end: 11 }, body: [{ type: 'text', value: 'Note.' }] },
			],
			mentions: [
				{ text: 'Cui Tiankai', href: '/people/cui/' },
				{ text: 'Xi Jinping', href: '/people/xi/' },
				{ text: 'Xi', href: '/people/xi/' },
			],
		});
		const words = html
			.replace(/<div class="para-notes">[\s\S]*?<\/div><\/div>|<a class="para-link"[^>]*>[^<]*<\/a> /g, '')
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
