import { describe, expect, it } from 'vitest';
import { citeContributions, citeParagraphs, contributionItem } from '../../src/model/cite-this.ts';
import { contribution, conversation, speaker } from '../support/model.ts';

const site = 'https://example.org';
const delury = contribution(6, speaker('john-delury', 'John Delury'));
const suzanne = contribution(3, speaker('suzanne', 'Suzanne', { nameIsPartial: true }));
const unnamed = contribution(2, speaker('anon'));
const thread = conversation([unnamed, suzanne, delury]);

describe('cite this', () => {
	it('describes a contribution as CSL-JSON from the content’s metadata', () => {
		expect(contributionItem(thread, delury, site)).toEqual({
			id: 'x-c6',
			'citation-key': 'x_c6',
			type: 'post',
			title: 'Contribution 6 to “A Title?”',
			author: [{ given: 'John', family: 'Delury' }],
			'container-title': 'A Series',
			publisher: 'Example',
			issued: { 'date-parts': [[2013, 3]] },
			URL: 'https://example.org/conversations/x/c6/',
		});
	});

	it('formats Chicago, APA and MLA, and BibTeX', { timeout: 30_000 }, () => {
		const set = citeContributions([{ conversation: thread, contribution: delury }], site)[0]!;
		expect(set.styles.map((s) => s.label)).toEqual(['Chicago', 'APA', 'MLA']);
		expect(set.styles[0]!.html).toBe(
			'Delury, John. 2013. “Contribution 6 to ‘A Title?’” <i>A Series</i>. Example. <a href="https://example.org/conversations/x/c6/">https://example.org/conversations/x/c6/</a>.',
		);
		expect(set.styles[1]!.html).toMatch(
			/^Delury, J\. \(2013, March\)\. <i>Contribution 6 to “A Title\?”<\/i> \[Online post\]\./,
		);
		expect(set.styles[2]!.html).toMatch(
			/^Delury, John\. “Contribution 6 to ‘A Title\?’” <i>A Series<\/i>, Example, Mar\. 2013/,
		);
		expect(set.bibtex).toMatch(/^@misc\{x_c6,\n\tauthor = \{Delury, John\},/);
	});

	it('formats each contribution as if alone, even when one writer has two', () => {
		const second = contribution(7, delury.speaker);
		const both = conversation([delury, second]);
		const pairs = both.contributions.map((c) => ({ conversation: both, contribution: c }));
		expect(citeContributions(pairs, site).map((set) => set.styles[0]!.html.slice(0, 20))).toEqual([
			'Delury, John. 2013. ',
			'Delury, John. 2013. ',
		]);
		expect(citeContributions(pairs, site)[1]!.styles[2]!.html).toMatch(/^Delury, John\./);
		expect(citeParagraphs(pairs, site).map((c) => c[0])).toEqual([
			'(Delury 2013, para. 6.1)',
			'(Delury 2013, para. 7.1)',
		]);
	});

	it('prints a first name as it stands and invents no author for an unnamed writer', () => {
		expect(
			citeContributions([{ conversation: thread, contribution: suzanne }], site)[0]!.styles[0]!
				.html,
		).toMatch(/^Suzanne\. 2013\./);
		expect(
			citeContributions([{ conversation: thread, contribution: unnamed }], site)[0]!.styles[0]!
				.html,
		).toMatch(/^“Contribution 2 to ‘A Title\?’” 2013\./);
		expect(contributionItem(thread, unnamed, site)).not.toHaveProperty('author');
	});

	it('cites each paragraph with its locator', () => {
		const cites = citeParagraphs(
			[delury, unnamed].map((contribution) => ({ conversation: thread, contribution })),
			site,
		);
		expect(cites[0]).toEqual(['(Delury 2013, para. 6.1)', '(Delury 2013, para. 6.2)']);
		expect(cites[1]![0]).toBe('(“Contribution 2 to ‘A Title?’” 2013, para. 2.1)');
	});

	it('returns each set complete, its paragraphs cited with locator and address', () => {
		const [set] = citeContributions([{ conversation: thread, contribution: delury }], site);
		expect(set!.paragraphs).toEqual([
			{
				locator: '6.1',
				inText: '(Delury 2013, para. 6.1)',
				url: 'https://example.org/conversations/x/c6/#c6-p1',
			},
			{
				locator: '6.2',
				inText: '(Delury 2013, para. 6.2)',
				url: 'https://example.org/conversations/x/c6/#c6-p2',
			},
		]);
	});
});
