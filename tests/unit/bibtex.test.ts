import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { contributionBibtex, tex } from '../../src/citations/bibtex.ts';

const base = {
	key: 'x_c2',
	sortKey: 'Contribution 2',
	title: 'Contribution 2 to “A Title?”',
	series: 'A Series',
	publisher: 'Example & Co',
	year: 2013,
	month: 3,
	url: 'https://example.org/conversations/x/c2/',
};

describe('BibTeX for a contribution', () => {
	it('gives a named writer as author, the month as a macro, the URL in howpublished, and no field @misc lacks', () => {
		const { bibtex } = contributionBibtex({
			...base,
			authors: [{ family: 'Delury', given: 'John' }],
		});
		expect(bibtex).toBe(
			[
				'@misc{x_c2,',
				'\tauthor = {Delury, John},',
				"\ttitle = {{Contribution 2 to ``A Title?''}},",
				'\thowpublished = {\\url{https://example.org/conversations/x/c2/}},',
				'\tmonth = mar,',
				'\tyear = {2013},',
				'\tnote = {A Series. Example \\& Co},',
				'}',
			].join('\n'),
		);
		const entry = parse(bibtex).entries[0]!;
		expect(entry.fields.author).toEqual([{ lastName: 'Delury', firstName: 'John' }]);
		expect(entry.fields['month']).toBe('3');
	});

	it('gives an unnamed writer a key to sort by, and a first name alone stays whole', () => {
		expect(contributionBibtex({ ...base, authors: [] }).bibtex).toContain(
			'\tkey = {Contribution 2},',
		);
		expect(contributionBibtex({ ...base, authors: [] }).bibtex).not.toContain('author');
		expect(contributionBibtex({ ...base, authors: [{ literal: 'Suzanne' }] }).bibtex).toContain(
			'\tauthor = {{Suzanne}},',
		);
	});

	it('gives biblatex an @online entry with its date, URL and organisation', () => {
		const { biblatex } = contributionBibtex({ ...base, authors: [] });
		expect(biblatex).toBe(
			[
				'@online{x_c2,',
				"\ttitle = {{Contribution 2 to ``A Title?''}},",
				'\ttitleaddon = {A Series},',
				'\torganization = {Example \\& Co},',
				'\tdate = {2013-03},',
				'\turl = {https://example.org/conversations/x/c2/},',
				'\tlangid = {english},',
				'}',
			].join('\n'),
		);
		expect(parse(biblatex).errors).toEqual([]);
	});

	it('escapes what TeX treats as special', () => {
		expect(tex('50% of {a} & #1_x ~ ^ \\ $')).toBe(
			'50\\% of \\{a\\} \\& \\#1\\_x \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\$',
		);
	});
});
