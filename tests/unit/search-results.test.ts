import { describe, expect, it } from 'vitest';
import {
	excerptParts,
	resultCountText,
	toResultView,
	type PagefindResultData,
} from '../../src/search/result-view.ts';

describe('excerptParts', () => {
	it('tags Chinese and Korean runs with their language, marked or not', () => {
		expect(excerptParts('Cui Tiankai (<mark>崔天凯</mark> · 崔天凱)')).toEqual([
			{ text: 'Cui Tiankai (', marked: false },
			{ text: '崔天凯', marked: true, lang: 'zh' },
			{ text: ' · ', marked: false },
			{ text: '崔天凱', marked: false, lang: 'zh' },
			{ text: ')', marked: false },
		]);
	});

	it('splits an excerpt into plain and marked runs', () => {
		expect(excerptParts('said <mark>Cui</mark> <mark>Tiankai</mark>, and')).toEqual([
			{ text: 'said ', marked: false },
			{ text: 'Cui', marked: true },
			{ text: ' ', marked: false },
			{ text: 'Tiankai', marked: true },
			{ text: ', and', marked: false },
		]);
	});

	it('unescapes what Pagefind escapes and keeps every other character as text', () => {
		expect(excerptParts('a &lt;b&gt; &amp; c')).toEqual([{ text: 'a <b> &amp; c', marked: false }]);
	});

	it('drops any tag other than mark, so nothing in an excerpt becomes markup', () => {
		expect(excerptParts('x<img src=y onerror=z>y <mark>w</mark>')).toEqual([
			{ text: 'xy ', marked: false },
			{ text: 'w', marked: true },
		]);
	});
});

describe('toResultView', () => {
	const data: PagefindResultData = {
		url: '/conversations/x/c6/?highlight=armistice',
		excerpt: 'the <mark>armistice</mark>',
		meta: { title: '6 · John Delury', context: 'Are Proposed Sanctions…' },
		sub_results: [
			{ title: '6 · John Delury', url: '/conversations/x/c6/?highlight=armistice', excerpt: 'top' },
			{
				title: '¶ 6.1',
				url: '/conversations/x/c6/?highlight=armistice#c6-p1',
				excerpt: 'one',
				weighted_locations: [{ weight: 1 }],
			},
			{
				title: '¶ 6.2',
				url: '/conversations/x/c6/?highlight=armistice#c6-p2',
				excerpt: 'two',
				weighted_locations: [{ weight: 1 }, { weight: 2 }],
			},
			{
				title: '¶ 6.3',
				url: '/conversations/x/c6/?highlight=armistice#c6-p3',
				excerpt: 'three',
				weighted_locations: [{ weight: 2 }],
			},
		],
	};

	it('titles the result from its metadata and keeps the highlighting address', () => {
		const view = toResultView(data);
		expect(view.title).toBe('6 · John Delury');
		expect(view.context).toBe('Are Proposed Sanctions…');
		expect(view.url).toBe('/conversations/x/c6/?highlight=armistice');
	});

	it('lists the two best-matching paragraphs, best first, and not the page’s own top', () => {
		expect(toResultView(data).paragraphs.map((p) => p.title)).toEqual(['¶ 6.2', '¶ 6.3']);
	});

	it('does not list the page’s title heading as a section: a match on the writer’s name shows the page’s excerpt', () => {
		const heading = {
			title: 'Contribution John Delury',
			url: '/conversations/x/c6/?highlight=delury#c6-title',
			excerpt: 'John <mark>Delury</mark>',
			anchor: { element: 'h1', id: 'c6-title' },
			weighted_locations: [{ weight: 1 }],
		};
		const view = toResultView({
			...data,
			excerpt: 'John <mark>Delury</mark> It would seem',
			sub_results: [heading],
		});
		expect(view.paragraphs).toEqual([]);
		expect(view.excerpt.map((part) => part.text).join('')).toBe('John Delury It would seem');
	});

	it('prefers paragraphs to other sections, and lists a section when no paragraph matches', () => {
		const people = {
			title: 'People mentioned',
			url: '/conversations/x/c6/?highlight=x#people',
			excerpt: '<mark>崔天凯</mark>',
			weighted_locations: [{ weight: 9 }],
		};
		expect(
			toResultView({ ...data, sub_results: [...data.sub_results!, people] }).paragraphs.map(
				(p) => p.title,
			),
		).toEqual(['¶ 6.2', '¶ 6.3']);
		expect(toResultView({ ...data, sub_results: [people] }).paragraphs.map((p) => p.title)).toEqual(
			['People mentioned'],
		);
	});

	it('lists a margin note as a passage of its own, beside the paragraphs, by how well it matches', () => {
		const note = {
			title: 'Note 22',
			url: '/conversations/x/c6/?highlight=x#note-lucy-football',
			excerpt: 'From Charles Schulz’s <mark>Peanuts</mark>',
			weighted_locations: [{ weight: 9 }],
		};
		const view = toResultView({ ...data, sub_results: [...data.sub_results!, note] });
		expect(view.paragraphs.map((p) => p.title)).toEqual(['Note 22', '¶ 6.2']);
		expect(view.paragraphs[0]!.url).toMatch(/#note-lucy-football$/);
	});

	it('shows the page’s excerpt only when no section is listed, since it repeats the best one', () => {
		expect(toResultView(data).excerpt).toEqual([]);
		expect(toResultView({ ...data, sub_results: [] }).excerpt).toEqual([
			{ text: 'the ', marked: false },
			{ text: 'armistice', marked: true },
		]);
	});

	it('falls back to the address for a page without a title, and omits a missing context', () => {
		const view = toResultView({ url: '/people/?highlight=x', excerpt: '', meta: {} });
		expect(view.title).toBe('/people/');
		expect(view).not.toHaveProperty('context');
		expect(view.paragraphs).toEqual([]);
	});
});

describe('resultCountText', () => {
	it('counts results in words a screen reader can announce', () => {
		expect(resultCountText(0, 'Lucy')).toBe('No results for Lucy');
		expect(resultCountText(1, 'Lucy')).toBe('1 result for Lucy');
		expect(resultCountText(3, 'Cui Tiankai')).toBe('3 results for Cui Tiankai');
	});
});
