import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotationCollection, threadData } from '../../src/lib/open-data.ts';
import { contribution, conversation, speaker } from '../support/model.ts';

const site = 'https://example.org';
const delury = contribution(6, speaker('john-delury', 'John Delury'));
const suzanne = contribution(3, speaker('suzanne', 'Suzanne', { nameIsPartial: true }));
const unnamed = contribution(2, speaker('anon'));
const thread = conversation([unnamed, suzanne, delury]);

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
				cites: ['k'],
				file: 'n1.md',
			},
		],
	};

	it('publishes notes as a W3C AnnotationCollection with TextQuoteSelectors on canonical URLs', () => {
		const history = new Map([
			[
				path.resolve('n1.md'),
				{ created: '2026-01-02T03:04:05Z', modified: '2026-02-03T04:05:06Z' },
			],
		]);
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
				value:
					'A note <cite><a href="https://example.org/conversations/x/#ref-k">(K 2013)</a></cite>.',
				format: 'text/html',
				language: 'en',
			},
			target: {
				type: 'SpecificResource',
				source: {
					id: 'https://example.org/conversations/x/c6/',
					type: 'Text',
					format: 'text/html',
					language: 'en',
				},
				selector: {
					type: 'TextQuoteSelector',
					exact: 'two',
					prefix: 'Paragraph ',
					suffix: ' of 6.',
				},
			},
		});
	});

	it('publishes a correcting note with the model’s motivation, editing, and a note with no history without dates', () => {
		const correcting = {
			...withNote,
			annotations: [{ ...withNote.annotations[0]!, motivation: 'correcting' as const }],
		};
		const [item] = annotationCollection(correcting, site, new Map()).first.items;
		expect(item!.motivation).toBe('editing');
		expect(item).not.toHaveProperty('created');
	});

	it('publishes the thread: speakers as the evidence names them, replies, every paragraph', () => {
		const data = threadData(
			{
				conversations: [thread],
				speakers: [delury.speaker, suzanne.speaker, unnamed.speaker],
				people: [],
			},
			thread,
			site,
		);
		expect(data.speakers.map((s) => [s.id, s.name, s.display])).toEqual([
			['john-delury', 'John Delury', 'John Delury'],
			['suzanne', 'Suzanne', 'Suzanne'],
			['anon', null, 'Unnamed contributor'],
		]);
		expect(data.contributions[2]!.paragraphs[1]).toEqual({
			id: 'c6-p2',
			locator: '6.2',
			text: 'Paragraph two of 6.',
		});
	});
});
