import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST, page } from '../../tools/dist.ts';

const ID = 'north-korea-sanctions-2013';
const THREAD = `/conversations/${ID}/`;
const events = (
	parse(readFileSync(`content/conversations/${ID}/timeline.yaml`, 'utf8')) as {
		events: { id: string }[];
	}
).events;
const source = readFileSync(`content/conversations/${ID}/source.txt`, 'utf8');
/** A valid `<time datetime>` for a day, a month or a year. */
const DATETIME = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

describe('the timeline on the thread page', () => {
	const $ = page(THREAD);
	const items = $('#timeline ol.timeline-list > li').toArray();

	it('is an ordered list, one item per event of timeline.yaml, in its order, each with a citable anchor', () => {
		expect($('#timeline > h2').text()).toBe('Timeline');
		expect(items.map((li) => $(li).attr('id'))).toEqual(
			events.map((event) => `timeline-${event.id}`),
		);
		expect(items.length).toBeGreaterThanOrEqual(10);
	});

	it('dates every event with a valid <time datetime>, oldest first, the words agreeing with the date', () => {
		const dates = items.map(
			(li) => $(li).find('.timeline-date time').first().attr('datetime') ?? '',
		);
		expect(dates.filter((date) => !DATETIME.test(date))).toEqual([]);
		expect([...dates].sort()).toEqual(dates);
		const first = $(items[0]).find('.timeline-date').text();
		expect(first).toBe('12 February 2013');
		const summit = $('#timeline-sunnylands-summit .timeline-date');
		expect(summit.text()).toBe('7–8 June 2013');
		expect(
			summit
				.find('time')
				.toArray()
				.map((t) => $(t).attr('datetime')),
		).toEqual(['2013-06-07', '2013-06-08']);
	});

	it('cites a source for every event, each citation linked to an entry of the references', () => {
		const uncited = items
			.filter((li) => $(li).find('.timeline-event cite.citation a[href^="#ref-"]').length === 0)
			.map((li) => $(li).attr('id'));
		expect(uncited).toEqual([]);
		const refs = items.flatMap((li) =>
			$(li)
				.find('cite.citation a')
				.toArray()
				.map((a) => $(a).attr('href')!),
		);
		expect(refs.filter((href) => $(`.references li[id="${href.slice(1)}"]`).length !== 1)).toEqual(
			[],
		);
	});

	it('links each event to the passages and notes that mention it, and every such link lands on the page', () => {
		const links = items.flatMap((li) =>
			$(li)
				.find('.timeline-links a')
				.toArray()
				.map((a) => $(a).attr('href')!),
		);
		expect(links.length).toBeGreaterThan(items.length);
		expect(links.filter((href) => !/^#(c\d+-p\d+|c\d+|note-[a-z0-9-]+)$/.test(href))).toEqual([]);
		expect(links.filter((href) => $(`[id="${href.slice(1)}"]`).length !== 1)).toEqual([]);
		// The vote of 7 March is the one every reader looks for: its passages and its note.
		const vote = $('#timeline-resolution-2094 .timeline-links');
		expect(vote.text()).toMatch(
			/Mentioned in ¶ 1\.2, ¶ 2\.1, ¶ 6\.2, ¶ 7\.1 · Explained in note \d+/,
		);
		expect(vote.find('a[href="#note-resolution-2094"]').length).toBe(1);
	});

	it('is marked as the editors’ compilation, outside every contribution', () => {
		expect($('#timeline .editors-byline').text()).toMatch(/^Compiled by the editors/);
		expect($('#timeline').closest('article, .contribution, .contribution-body').length).toBe(0);
	});
});

describe('the afterword', () => {
	const $ = page(THREAD);
	const afterword = $('#afterword');

	it('is on the thread page under its own heading, marked as the editors’ and set apart from the archived text', () => {
		expect(afterword.find('h2').text()).toBe('What happened next');
		expect(afterword.find('.editors-byline').text()).toMatch(
			/by the editors of this edition, not part of the archived conversation/,
		);
		expect(afterword.closest('article, .contribution, .contribution-body').length).toBe(0);
		// The contributions come first: the afterword follows the archived words, never among them.
		const order = $('.contribution, #afterword')
			.toArray()
			.map((element) => $(element).attr('id'));
		expect(order.at(-1)).toBe('afterword');
	});

	it('cites a source in every paragraph, each linked to the references', () => {
		const paragraphs = afterword.children('p').not('.editors-byline').toArray();
		expect(paragraphs.length).toBeGreaterThanOrEqual(3);
		expect(
			paragraphs
				.filter((p) => $(p).find('cite.citation a[href^="#ref-"]').length === 0)
				.map((p) => $(p).text().slice(0, 60)),
		).toEqual([]);
		const refs = afterword
			.find('cite.citation a')
			.toArray()
			.map((a) => $(a).attr('href')!.slice(1));
		expect(refs.filter((id) => $(`.references li[id="${id}"]`).length !== 1)).toEqual([]);
	});

	it('shares no sentence with the archived text', () => {
		const sentences = afterword
			.children('p')
			.text()
			.split(/(?<=[.;])\s+/)
			.map((s) => s.replace(/\s*\(.*?\)/g, '').trim())
			.filter((s) => s.length > 30);
		expect(sentences.filter((s) => source.includes(s))).toEqual([]);
	});
});

describe('the timeline and afterword as open data', () => {
	const data = JSON.parse(
		readFileSync(path.join(DIST, 'conversations', ID, 'timeline.json'), 'utf8'),
	) as {
		events: {
			id: string;
			url: string;
			date: string;
			text: string;
			cites: string[];
			mentionedIn: { url: string }[];
		}[];
		afterword: { title: string; cites: string[] } | null;
		references: string;
	};
	const references = JSON.parse(
		readFileSync(path.join(DIST, 'conversations', ID, 'references.json'), 'utf8'),
	) as { id: string }[];

	it('holds every event with its date, text, sources and the passages that mention it', () => {
		expect(data.events.map((event) => event.id)).toEqual(events.map((event) => event.id));
		for (const event of data.events) {
			expect(event.date).toMatch(DATETIME);
			expect(event.text).not.toContain('[@');
			expect(event.cites.length).toBeGreaterThan(0);
			expect(event.url).toMatch(new RegExp(`${THREAD}#timeline-${event.id}$`));
		}
		const keys = new Set(references.map((reference) => reference.id));
		expect(data.events.flatMap((event) => event.cites).filter((key) => !keys.has(key))).toEqual([]);
		expect(data.afterword?.title).toBe('What happened next');
		expect(data.afterword?.cites.filter((key) => !keys.has(key))).toEqual([]);
	});

	it('is listed with the other open-data files on the thread page', () => {
		const listed = page(THREAD)('#open-data a')
			.toArray()
			.map((a) => page(THREAD)(a).attr('href'));
		expect(listed).toEqual(
			expect.arrayContaining([
				`${THREAD}timeline.json`,
				`${THREAD}thread.json`,
				`${THREAD}references.json`,
			]),
		);
	});
});

describe('the editors’ question and the dating', () => {
	it('labels the question as the editors’ wherever it is shown, and in the link preview', () => {
		for (const url of ['/', THREAD]) {
			const $ = page(url);
			const question = $('.editors-question');
			expect(question.length, url).toBe(1);
			expect(question.find('.editors-label').text()).toBe('Editors’ question:');
		}
		const $ = page(THREAD);
		expect($('meta[name="description"]').attr('content')).toMatch(/^Editors’ question: /);
		expect($('meta[property="og:description"]').attr('content')).toMatch(/^Editors’ question: /);
	});

	it('says how the posts are dated, and that the last is not', () => {
		const dating = page(THREAD)('.dating').text();
		expect(dating).toMatch(/^How the dates are known: The archived text carries no dates/);
		expect(dating).toMatch(/Nothing in the seventh, the last, fixes its date\./);
	});
});
