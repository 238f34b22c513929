import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, page } from '../../tools/dist.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';
const thread = JSON.parse(readFileSync(`${DIST}${THREAD}thread.json`, 'utf8')) as {
	contributions: { id: string; url: string; paragraphs: { text: string }[] }[];
};
const collection = JSON.parse(readFileSync(`${DIST}${THREAD}annotations.jsonld`, 'utf8')) as {
	total: number;
	first: {
		items: {
			id: string;
			motivation: string;
			body: { value?: string; type: string; source?: { id: string }; purpose?: string };
			target: {
				source: { id: string };
				selector: { exact: string; prefix: string; suffix: string };
			};
		}[];
	};
};
// Margin notes, and editorial links (words made links to the post they refer to).
const notes = collection.first.items.filter((item) => item.id.includes('#note-'));
const links = collection.first.items.filter((item) => item.id.includes('#link-'));

describe('margin notes', () => {
	it('the thread carries at least 20 notes, each rendered exactly once, numbered in reading order', () => {
		const $ = page(THREAD);
		expect(notes.length).toBeGreaterThanOrEqual(20);
		expect(collection.total).toBe(notes.length + links.length);
		const rendered = $('.sidenote').toArray();
		expect(rendered).toHaveLength(notes.length);
		for (const note of notes) expect($(`[id="${note.id.split('#')[1]}"]`)).toHaveLength(1);
		expect(rendered.map((n) => $(n).find('.note-num').text())).toEqual(
			notes.map((_, index) => String(index + 1)),
		);
	});

	it('every note cites a reference, and every citation links to an entry in the references', () => {
		const $ = page(THREAD);
		const entries = new Set(
			$('.references li[id^="ref-"]')
				.toArray()
				.map((li) => $(li).attr('id')),
		);
		for (const note of $('.sidenote').toArray()) {
			const links = $(note).find('cite.citation a').toArray();
			expect(links.length, $(note).attr('id')).toBeGreaterThan(0);
			for (const link of links) expect(entries.has($(link).attr('href')!.slice(1))).toBe(true);
		}
		// No entry is listed that no note cites.
		const cited = new Set(
			$('cite.citation a')
				.toArray()
				.map((a) => $(a).attr('href')!.slice(1)),
		);
		expect([...entries].filter((id) => !cited.has(id!))).toEqual([]);
	});

	it('each note has role="note" and a name that quotes its words, and sits after its paragraph, whose marker links to it', () => {
		const $ = page(THREAD);
		for (const note of $('.sidenote').toArray()) {
			const id = $(note)
				.attr('id')!
				.replace(/^note-/, '');
			expect($(note).attr('role')).toBe('note');
			const marks = $(`mark[data-note="${id}"]`);
			const marked = marks.text();
			expect(marked.length).toBeGreaterThan(0);
			expect($(note).attr('aria-label')).toMatch(
				new RegExp(
					`^Note \\d+, on “?${marked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/^“|”$/g, '')}”?$`,
				),
			);
			// Outside the paragraph: after it (and its citation block), never inside it.
			expect($(note).closest('p').length, id).toBe(0);
			const paragraph = marks.last().closest('p');
			expect($(note).parent('.para-notes').prevAll('p').first().attr('id'), id).toBe(
				paragraph.attr('id'),
			);
			// The marker follows the last marked words, links to the note and holds no text; the note's number links back.
			const marker = paragraph.find(`a.note-ref[href="#note-${id}"]`);
			expect(marker.length, id).toBe(1);
			expect(marker.text()).toBe('');
			expect(marks.last().next().is(marker), id).toBe(true);
			expect($(note).find('a.note-num').attr('href')).toBe(`#${marker.attr('id')}`);
		}
	});

	it('every annotations.jsonld quote, with its context, occurs in its contribution', () => {
		for (const note of notes) {
			const contribution = thread.contributions.find((c) => c.url === note.target.source.id)!;
			const { exact, prefix, suffix } = note.target.selector;
			const matches = contribution.paragraphs.filter((p) =>
				p.text.includes(prefix + exact + suffix),
			);
			expect(matches, note.id).toHaveLength(1);
		}
	});

	it('covers every slip listed in the research: each is a correcting note (the model’s editing) on the archived words', () => {
		const corrections = notes
			.filter((n) => n.motivation === 'editing')
			.map((n) => n.target.selector.exact);
		// A slip may share its note with the words around it ("CPPCC to make it clear the Beijing").
		for (const slip of [
			'Barrack Obama',
			'the Beijing',
			'worsening.It',
			'bi-lateral',
			'China opposed NATO’s military campaign in Libya',
		]) {
			expect(
				corrections.some((exact) => exact.includes(slip)),
				slip,
			).toBe(true);
		}
		expect(
			corrections.some((exact) => exact.includes('withdrawal from the Six Party Talks in 2005')),
		).toBe(true);
		expect(corrections.some((exact) => exact.includes('yesterday'))).toBe(true);
	});

	it('each note is in the page once: print sets the same elements as footnotes, no second copy', () => {
		const $ = page(THREAD);
		expect($('.print-notes')).toHaveLength(0);
		for (const note of $('.sidenote').toArray()) {
			const words = $(note).text().slice(3, 60);
			expect($('main').text().split(words), $(note).attr('id')).toHaveLength(2);
		}
	});

	it('a contribution page carries its own notes and the references they cite', () => {
		const $ = page(`${THREAD}c6/`);
		const ids = $('.sidenote')
			.toArray()
			.map((n) => $(n).attr('id'));
		expect(ids).toEqual(
			notes.filter((n) => n.target.source.id.endsWith('/c6/')).map((n) => n.id.split('#')[1]),
		);
		for (const link of $('cite.citation a').toArray())
			expect($(`[id="${$(link).attr('href')!.slice(1)}"]`)).toHaveLength(1);
	});
});

describe('cite this', () => {
	it('every contribution offers Chicago, APA, MLA, BibTeX, biblatex and a CSL-JSON file, on its own page', () => {
		for (const c of thread.contributions) {
			const $ = page(`${THREAD}${c.id}/`);
			const block = $(`#${c.id} details.cite-this#cite-${c.id}`);
			expect(
				block
					.find('dt')
					.toArray()
					.map((dt) => $(dt).text()),
			).toEqual(['Chicago', 'APA', 'MLA', 'BibTeX', 'biblatex', 'CSL-JSON']);
			expect(block.find('pre code').first().text()).toMatch(
				/^@misc\{north_korea_sanctions_2013_c\d,/,
			);
			const csl = JSON.parse(readFileSync(`${DIST}${THREAD}${c.id}/cite.json`, 'utf8')) as {
				URL: string;
				type: string;
			}[];
			expect(csl[0]).toMatchObject({ type: 'post', URL: c.url });
		}
	});

	it('the thread carries each citation once: a link to the contribution’s own “cite this”, no styles', () => {
		const $ = page(THREAD);
		expect($('.cite-this dd, .para-cite')).toHaveLength(0);
		for (const c of thread.contributions)
			expect($(`#${c.id} #cite-${c.id} a`).attr('href'), c.id).toBe(
				`${THREAD}${c.id}/#cite-${c.id}`,
			);
	});

	it('every paragraph has its locator and link, and its citation is listed once, on its contribution’s page', () => {
		const $ = page(THREAD);
		expect($('.contribution-body > p[id] > a.para-link:first-child')).toHaveLength(21);
		expect($('#c6-p2 > a.para-link').attr('href')).toBe('#c6-p2');
		const own = page(`${THREAD}c6/`);
		const items = own('.cite-paragraphs li')
			.toArray()
			.map((li) => own(li).text().replace(/\s+/g, ' ').trim());
		expect(items).toHaveLength(own('.contribution-body > p[id]').length);
		expect(items[1]).toBe(
			'¶ 6.2 (Delury 2013, para. 6.2) · https://conversations.example.org/conversations/north-korea-sanctions-2013/c6/#c6-p2',
		);
		expect(page(`${THREAD}c2/`)('.cite-paragraphs li').first().text()).toContain(
			'(“Contribution 2 to ‘Are Proposed Sanctions',
		);
	});

	it('references.json lists, as CSL-JSON, exactly the works the notes cite', () => {
		const references = JSON.parse(readFileSync(`${DIST}${THREAD}references.json`, 'utf8')) as {
			id: string;
		}[];
		const $ = page(THREAD);
		expect(references.map((r) => `ref-${r.id}`).sort()).toEqual(
			$('.references li')
				.toArray()
				.map((li) => $(li).attr('id'))
				.sort(),
		);
	});
});

describe('editorial links', () => {
	it('are linking annotations whose body is the post, and on the page the words link to that post, unchanged', () => {
		expect(links.length).toBeGreaterThanOrEqual(6);
		for (const link of links) {
			expect(link.motivation).toBe('linking');
			expect(link.body).toMatchObject({
				type: 'SpecificResource',
				source: { id: expect.stringMatching(/\/c\d+\/$/), format: 'text/html' },
				purpose: 'linking',
			});
			const post = new URL(link.body.source!.id).pathname;
			const $ = page(new URL(link.target.source.id).pathname);
			const anchors = $(`.contribution-body a.post-link[href="${post}"]`)
				.toArray()
				.map((a) => $(a).text());
			expect(anchors, link.id).toContain(link.target.selector.exact);
		}
	});

	it('the three references the issue names are among them', () => {
		const words = links.map(
			(link) =>
				`${link.target.selector.exact} → ${new URL(link.body.source!.id).pathname.split('/').at(-2)}`,
		);
		expect(words).toEqual(
			expect.arrayContaining([
				'Orville’s post → c1',
				'Orville’s upbeat interpretation → c1',
				'Very telling post from John Delury → c6',
			]),
		);
	});

	it('a link never nests in another link, and a note on the same words keeps its number', () => {
		const $ = page(THREAD);
		expect($('a a')).toHaveLength(0);
		expect($('mark[data-note="orville-schell"] a.post-link').text()).toBe(
			'Orville’s upbeat interpretation',
		);
		expect($('.post-link .note-ref, .post-link .sidenote')).toHaveLength(0);
	});
});
