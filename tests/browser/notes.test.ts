import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

describe('margin notes in the browser', () => {
	const site = useSite();
	let open: Page | undefined;
	afterEach(async () => {
		await open?.context().close();
		open = undefined;
	});

	/**
	 * The thread (at `hash`, if given) in a fresh page of the given width, closed after the test,
	 * once the page's faces are ready (the reader's own, nothing fetched): layouts are measured in them.
	 */
	async function thread(
		width: number,
		options: BrowserContextOptions & { height?: number; hash?: string } = {},
	): Promise<Page> {
		const { height = 900, hash = '', ...context } = options;
		open = await site.open(THREAD + hash, { viewport: { width, height }, ...context });
		await open.evaluate(() => document.fonts.ready);
		return open;
	}

	it('at 390 px with JavaScript off, the keyboard opens a note under its paragraph, and its number leads back', async () => {
		const page = await thread(390, { height: 844, javaScriptEnabled: false });
		const note = page.locator('#note-xi-jinping');
		expect(await note.isVisible()).toBe(false);
		let focused = '';
		for (let presses = 0; presses < 80 && focused !== 'note-ref-xi-jinping'; presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.id ?? '');
		}
		expect(focused).toBe('note-ref-xi-jinping');
		expect(
			await page.$eval('#note-ref-xi-jinping', (marker) => getComputedStyle(marker).outlineStyle),
		).toBe('solid');
		// Announced once: the marker's name, with no text of its own in the paragraph.
		expect(
			await page.$eval('#note-ref-xi-jinping', (marker) => [
				marker.textContent,
				marker.getAttribute('aria-label'),
			]),
		).toEqual(['', 'Note 3']);
		await page.keyboard.press('Enter');
		expect(await note.isVisible()).toBe(true);
		const [anchor, box, paragraph] = await Promise.all([
			page.locator('mark[data-note="xi-jinping"]').last().boundingBox(),
			note.boundingBox(),
			page.locator('#c1-p1').boundingBox(),
		]);
		expect(box!.y).toBeGreaterThan(anchor!.y);
		expect(box!.y).toBeGreaterThanOrEqual(paragraph!.y + paragraph!.height);
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		// The marker is a target a finger can hit (WCAG 2.2 target size, 24 × 24 px).
		const target = await page.$eval(
			'#note-ref-xi-jinping',
			(marker) => marker.getBoundingClientRect().toJSON() as DOMRect,
		);
		expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
		// The note's number is the next stop, and leads back to the words, closing the note.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('.sidenote')?.id)).toBe(
			'note-xi-jinping',
		);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#note-ref-xi-jinping');
		expect(await note.isVisible()).toBe(false);
	});

	it('notes have role note and name the words they explain', async () => {
		const page = await thread(1280);
		const note = page.getByRole('note', {
			name: 'Note 3, on “Party General Secretary Xi Jinping”',
		});
		expect(await note.isVisible()).toBe(true);
		expect(await page.getByRole('note').count()).toBeGreaterThanOrEqual(20);
	});

	for (const width of [1280, 1440, 1920]) {
		it(`at ${width} px every note sits in the margin, level with its line or stacked below the note before, overlapping no other note and no text`, async () => {
			const page = await thread(width);
			const layout = await page.$$eval('.sidenote', (notes) =>
				notes.map((note) => {
					const box = note.getBoundingClientRect();
					const marks = document.querySelectorAll(
						`mark[data-note="${note.id.slice('note-'.length)}"]`,
					);
					const lines = marks[marks.length - 1]!.getClientRects();
					const line = lines[lines.length - 1]!;
					const text = note.closest('.contribution-body')!.getBoundingClientRect();
					return {
						id: note.id,
						top: box.top,
						bottom: box.bottom,
						left: box.left,
						right: box.right,
						lineTop: line.top,
						lineBottom: line.bottom,
						textRight: text.right,
					};
				}),
			);
			expect(layout.length).toBeGreaterThanOrEqual(20);
			for (const [index, note] of layout.entries()) {
				// Level: the note's first line starts within a few pixels of its anchor line, unless the
				// note before it still runs there, when it starts just below that one (Tufte's stacking).
				const before = layout[index - 1];
				const level = Math.abs(note.top - note.lineTop) <= 8;
				const stacked =
					before !== undefined &&
					before.bottom > note.lineTop - 8 &&
					note.top - before.bottom >= 0 &&
					note.top - before.bottom <= 16;
				expect(
					level || stacked,
					`${note.id} starts ${Math.round(note.top - note.lineTop)} px from its line`,
				).toBe(true);
				expect(note.left, `${note.id} is beside the text, not over it`).toBeGreaterThanOrEqual(
					note.textRight + 16,
				);
				expect(note.right).toBeLessThanOrEqual(width);
				const next = layout[index + 1];
				if (next)
					expect(note.bottom, `${note.id} overlaps ${next.id}`).toBeLessThanOrEqual(next.top);
			}
		});
	}

	it('in a browser without anchor positioning, at 1280 px each paragraph’s notes stand beside it, overlapping nothing', async () => {
		const page = await thread(1280);
		// What such a browser applies: the stylesheet without its anchor-positioning block.
		const removed = await page.evaluate(() => {
			let count = 0;
			for (const sheet of document.styleSheets) {
				for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
					const rule = sheet.cssRules[i];
					if (rule instanceof CSSSupportsRule && rule.conditionText.includes('anchor-name')) {
						sheet.deleteRule(i);
						count += 1;
					}
				}
			}
			return count;
		});
		expect(removed).toBe(1);
		const layout = await page.$$eval('.para-notes', (groups) =>
			groups.map((group) => {
				const paragraph = group.previousElementSibling!;
				const p = paragraph.getBoundingClientRect();
				const g = group.getBoundingClientRect();
				return {
					id: paragraph.id,
					top: g.top,
					bottom: g.bottom,
					left: g.left,
					right: g.right,
					pTop: p.top,
					pBottom: p.bottom,
					pRight: p.right,
				};
			}),
		);
		expect(layout.length).toBeGreaterThanOrEqual(15);
		for (const [index, group] of layout.entries()) {
			expect(
				Math.abs(group.top - group.pTop),
				`${group.id}: notes start level with the paragraph`,
			).toBeLessThanOrEqual(8);
			expect(group.left, group.id).toBeGreaterThanOrEqual(group.pRight + 16);
			expect(group.right).toBeLessThanOrEqual(1280);
			const next = layout[index + 1];
			if (next)
				expect(group.bottom, `${group.id} overlaps the next notes`).toBeLessThanOrEqual(next.top);
		}
	});

	it('linking to a note highlights the note and its words', async () => {
		const page = await thread(1440, { hash: '#note-lucy-football' });
		const colours = await page.evaluate(() => {
			const note = document.getElementById('note-lucy-football')!;
			const mark = document.querySelector('mark[data-note="lucy-football"]')!;
			const other = document.querySelector('mark[data-note="xi-jinping"]')!;
			return {
				note: getComputedStyle(note).backgroundColor,
				mark: getComputedStyle(mark).backgroundColor,
				other: getComputedStyle(other).backgroundColor,
			};
		});
		expect(colours.note).not.toBe('rgba(0, 0, 0, 0)');
		expect(colours.mark).toBe(colours.note);
		expect(colours.other).toBe('rgba(0, 0, 0, 0)');
	});

	it('in print, every note appears once, as a numbered footnote under its paragraph', async () => {
		const page = await thread(1280);
		await page.emulateMedia({ media: 'print' });
		const printed = await page.$$eval('.sidenote', (notes) =>
			notes.map((note) => {
				const paragraph = document
					.querySelector(`mark[data-note="${note.id.slice('note-'.length)}"]`)!
					.closest('p')!;
				return {
					id: note.id,
					number: Number(note.querySelector('.note-num')!.textContent),
					visible: note.checkVisibility(),
					position: getComputedStyle(note).position,
					below: note.getBoundingClientRect().top >= paragraph.getBoundingClientRect().bottom,
				};
			}),
		);
		expect(printed.map((n) => n.number)).toEqual(
			Array.from({ length: printed.length }, (_, i) => i + 1),
		);
		for (const note of printed)
			expect(note, note.id).toMatchObject({ visible: true, position: 'static', below: true });
	});

	it('without JavaScript, a paragraph is cited from its contribution’s “cite this”: the citation with its locator, and its address', async () => {
		const page = await thread(390, { height: 844, javaScriptEnabled: false });
		await page.locator('#c6 #cite-c6 a').click();
		await page.waitForURL(/\/c6\/#cite-c6$/);
		await page.locator('details#cite-c6 summary').click();
		const item = page.locator('.cite-paragraphs li', { hasText: '¶ 6.2' });
		expect(await item.isVisible()).toBe(true);
		expect(await item.textContent()).toContain('(Delury 2013, para. 6.2)');
		expect(await item.locator('a').getAttribute('href')).toMatch(/\/c6\/#c6-p2$/);
	});
});
