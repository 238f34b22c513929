import { describe, expect, it } from 'vitest';
import {
	formatBibliography,
	formatCitations,
	formatEntries,
	linkUrl,
	type CslItem,
} from '../../src/citations/engine.ts';
import { elements } from '../support/elements.ts';
import { items } from '../support/csl-items.ts';

describe('citations through the CSL library', () => {
	it('formats Chicago author-date in-text citations, with locators', () => {
		expect(formatCitations(items, [[{ id: 'bbc2013' }]])).toEqual(['(BBC News 2013)']);
		expect(
			formatCitations(items, [[{ id: 'bbc2013', locator: '3', label: 'page' }, { id: 'ap2011' }]]),
		).toEqual(['(BBC News 2013, 3; Associated Press 2011)']);
	});

	it('formats reference entries, with the URL as a link', () => {
		expect(formatEntries([items[0]!])[0]).toBe(
			'BBC News. 2013. “UN Adopts Tough New North Korea Sanctions after Nuclear Test.” <i>BBC News</i>, March 7, 2013. <a href="https://www.bbc.co.uk/news/world-asia-21704862">https://www.bbc.co.uk/news/world-asia-21704862</a>.',
		);
	});

	it('formats many citations in one run, with the letters of the reference list', () => {
		const twice: CslItem[] = [
			...items,
			{ ...items[0]!, id: 'bbc2013b', title: 'Another BBC report' },
		];
		// Letters follow the reference list's order, by title: "Another …" is 2013a.
		expect(
			formatCitations(twice, [
				[{ id: 'bbc2013' }],
				[{ id: 'bbc2013b', locator: '2', label: 'page' }],
				[{ id: 'ap2011' }],
			]),
		).toEqual(['(BBC News 2013b)', '(BBC News 2013a, 2)', '(Associated Press 2011)']);
		expect(formatBibliography(twice).map((entry) => entry.html.slice(0, 16))).toEqual([
			'Associated Press',
			'BBC News. 2013a.',
			'BBC News. 2013b.',
		]);
		// Formatted alone, each entry has no letter.
		expect(
			formatEntries(twice, 'chicago-author-date', 'text').map((entry) => entry.slice(0, 15)),
		).toEqual(['BBC News. 2013.', 'Associated Pres', 'BBC News. 2013.']);
	});
});

describe('reference links', () => {
	it('links only the item’s own URL, built as an element whose attribute is escaped', () => {
		const html =
			'Example. 2013. “A title https://other.example/x.” https://example.org/a?b=1&#38;c=2.';
		const links = elements(linkUrl(html, 'https://example.org/a?b=1&c=2')).filter(
			(e) => e.tagName === 'a',
		);
		expect(links.map((a) => a.properties['href'])).toEqual(['https://example.org/a?b=1&c=2']);
	});

	it('a quote in the text cannot become an attribute', () => {
		const hostile = 'https://example.com/"onmouseover="alert(1)"';
		const html = linkUrl(`Publisher ${hostile}.`, hostile);
		for (const element of elements(html)) expect(Object.keys(element.properties)).toEqual(['href']);
	});
});
