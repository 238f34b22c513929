import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveParagraphs } from '../../src/loader/archive.ts';
import { page, paragraphTexts } from '../../tools/dist.ts';

const DIR = 'content/conversations/north-korea-sanctions-2013';
const THREAD = '/conversations/north-korea-sanctions-2013/';
const archive = archiveParagraphs(readFileSync(`${DIR}/source.txt`, 'utf8')).map((p) => p.text);
// The archive opens with the title, the series line and the one byline; the 21 paragraphs follow.
const [title, series, byline, ...body] = archive;

describe('the archived text survives verbatim', () => {
	it('the archive has the shape the edition was made from', () => {
		expect([title, series, byline]).toEqual([
			'Are Proposed Sanctions on North Korea a Hopeful Sign for U.S.-China Relations?',
			'A ChinaFile Conversation',
			'Orville Schell:',
		]);
		expect(body).toHaveLength(21);
	});

	it('every paragraph is in a contribution file, as a line of its own', () => {
		const files = readdirSync(`${DIR}/contributions`).map((name) =>
			readFileSync(`${DIR}/contributions/${name}`, 'utf8'),
		);
		for (const paragraph of body) {
			expect(
				files.filter((file) => file.split('\n').includes(paragraph)),
				paragraph.slice(0, 60),
			).toHaveLength(1);
		}
	});

	it('the thread page holds all 21 paragraphs, in order, exactly', () => {
		const texts = paragraphTexts(page(THREAD)).map((p) => p.text);
		expect(texts).toEqual(body);
	});

	it('the thread page shows the title, the series line and the byline as archived', () => {
		const $ = page(THREAD);
		expect($('h1').text()).toBe(title);
		expect($('main').text()).toContain(series);
		expect($('#c1 .attribution').text()).toContain(`“${byline}”`);
	});

	it('each contribution page holds its own paragraphs exactly', () => {
		const thread = paragraphTexts(page(THREAD));
		for (let n = 1; n <= 7; n++) {
			const own = paragraphTexts(page(`${THREAD}c${n}/`));
			expect(own.length).toBeGreaterThan(0);
			expect(own).toEqual(thread.filter((p) => p.id.startsWith(`c${n}-`)));
		}
	});
});

describe('seven contributions, 21 paragraphs, stable ids', () => {
	it('numbers each paragraph within its contribution', () => {
		const $ = page(THREAD);
		const articles = $('article.contribution')
			.toArray()
			.map((a) => $(a).attr('id'));
		expect(articles).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
		const counts = articles.map((id) => $(`#${id} .contribution-body > p`).length);
		expect(counts).toEqual([5, 6, 1, 3, 3, 2, 1]);
		for (const id of articles) {
			const ids = $(`#${id} .contribution-body > p`)
				.toArray()
				.map((p) => $(p).attr('id'));
			expect(ids).toEqual(ids.map((_, index) => `${id}-p${index + 1}`));
		}
	});

	it('gives every paragraph a permalink with its locator', () => {
		const $ = page(THREAD);
		const link = $('#c6-p2 > a.para-link');
		expect(link.attr('href')).toBe('#c6-p2');
		expect(link.text()).toBe('6.2');
		expect(link.attr('aria-label')).toBe('Paragraph 6.2, permalink');
	});
});
