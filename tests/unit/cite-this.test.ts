import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeContributions, citeParagraphs, contributionItem } from '../../src/model/cite-this.ts';
import { annotationCollection, threadData } from '../../src/lib/open-data.ts';
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
		expect(set.styles[1]!.html).toMatch(/^Delury, J\. \(2013, March\)\. <i>Contribution 6 to “A Title\?”<\/i> \[Online post\]\./);
		expect(set.styles[2]!.html).toMatch(/^Delury, John\. “Contribution 6 to ‘A Title\?’” <i>A Series<\/i>, Example, Mar\. 2013/);
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
		expect(citeParagraphs(pairs, site).map((c) => c[0])).toEqual(['(Delury 2013, para. 6.1)', '(Delury 2013, para. 7.1)']);
	});

	it('prints a first name as it stands and invents no author for an unnamed writer', () => {
		expect(citeContributions([{ conversation: thread, contribution: suzanne }], site)[0]!.styles[0]!.html).toMatch(/^Suzanne\. 2013\./);
		expect(citeContributions([{ conversation: thread, contribution: unnamed }], site)[0]!.styles[0]!.html).toMatch(
			/^“Contribution 2 to ‘A Title\?’” 2013\./,
		);
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
			{ locator: '6.1', inText: '(Delury 2013, para. 6.1)', url: 'https://example.org/conversations/x/c6/#c6-p1' },
			{ locator: '6.2', inText: '(Delury 2013, para. 6.2)', url: 'https://example.org/conversations/x/c6/#c6-p2' },
		]);
	});
});

describe('open data', () => {
	const withNote = {
		...thread,
		annotations: [
			{
				id: 'n1',
				number: 1,
				contribution: 'c6',
				target: { exact: 'two' },
				anchor: { paragraph: 0, start: 10, end: 13 },
				motivation: 'commenting' as const,
				people: [],
				movedFrom: [],
				html: 'A note <cite><a href="#ref-k">(K 2013)</a></cite>.',
				text: 'A note (K 2013).',
				cites: ['k'],
				file: 'n1.md',
			},
		],
	};

	it('publishes notes as a W3C AnnotationCollection with TextQuoteSelectors on canonical URLs', () => {
		const history = new Map([[path.resolve('n1.md'), { created: '2026-01-02T03:04:05Z', modified: '2026-02-03T04:05:06Z' }]]);
		const collection = annotationCollection(withNote, site, history);
		const editors = {
			id: 'https://example.org/about/',
			type: 'Organization',
			name: 'The editors of ChinaFile Conversations, annotated',
			nickname: 'editors',
		};
		expect(collection).toMatchObject({
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			type: 'AnnotationCollection',
			creator: editors,
			total: 1,
			first: { type: 'AnnotationPage', partOf: { id: collection.id, total: 1 } },
			last: collection.first.id,
		});
		const [item] = collection.first.items;
		expect(item).toEqual({
			id: 'https://example.org/conversations/x/#note-n1',
			type: 'Annotation',
			motivation: 'commenting',
			creator: editors,
			created: '2026-01-02T03:04:05Z',
			modified: '2026-02-03T04:05:06Z',
			body: {
				type: 'TextualBody',
				creator: editors,
				created: '2026-01-02T03:04:05Z',
				modified: '2026-02-03T04:05:06Z',
				value: 'A note <cite><a href="https://example.org/conversations/x/#ref-k">(K 2013)</a></cite>.',
				format: 'text/html',
				language: 'en',
			},
			target: {
				type: 'SpecificResource',
				source: { id: 'https://example.org/conversations/x/c6/', type: 'Text', format: 'text/html', language: 'en' },
				selector: { type: 'TextQuoteSelector', exact: 'two', prefix: 'Paragraph ', suffix: ' of 6.' },
			},
		});
	});

	it('publishes a correcting note with the model’s motivation, editing, and a note with no history without dates', () => {
		const correcting = { ...withNote, annotations: [{ ...withNote.annotations[0]!, motivation: 'correcting' as const }] };
		const [item] = annotationCollection(correcting, site, new Map()).first.items;
		expect(item!.motivation).toBe('editing');
		expect(item).not.toHaveProperty('created');
	});

	it('publishes the thread: speakers as the evidence names them, replies, every paragraph', () => {
		const data = threadData(
			{ conversations: [thread], speakers: [delury.speaker, suzanne.speaker, unnamed.speaker], people: [] },
			thread,
			site,
		);
		expect(data.speakers.map((s) => [s.id, s.name, s.display])).toEqual([
			['john-delury', 'John Delury', 'John Delury'],
			['suzanne', 'Suzanne', 'Suzanne'],
			['anon', null, 'Unnamed contributor'],
		]);
		expect(data.contributions[2]!.paragraphs[1]).toEqual({ id: 'c6-p2', locator: '6.2', text: 'Paragraph two of 6.' });
	});
});
