import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

/** Waits for the edition's typeface: the layout is measured in it. */
async function fontsReady(page: Page) {
	await page.evaluate(() => document.fonts.ready);
	if (!(await page.evaluate(() => document.fonts.check('1rem "Source Serif 4"')))) {
		await page.reload();
		await page.evaluate(() => document.fonts.ready);
	}
	expect(await page.evaluate(() => document.fonts.check('1rem "Source Serif 4"'))).toBe(true);
}

describe('margin notes in the browser', () => {
	const site = useSite();

	it('at 390 px with JavaScript off, the keyboard opens a note under its line', async () => {
		const page = await site.open(THREAD, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const note = page.locator('#note-xi-jinping');
		expect(await note.isVisible()).toBe(false);
		let focused = '';
		for (let presses = 0; presses < 80 && focused !== 'toggle-xi-jinping'; presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.id ?? '');
		}
		expect(focused).toBe('toggle-xi-jinping');
		// The focus ring is drawn on the visible number, since the checkbox itself is hidden.
		expect(await page.$eval('label[for="toggle-xi-jinping"]', (label) => getComputedStyle(label).outlineStyle)).toBe('solid');
		await page.keyboard.press('Space');
		expect(await note.isVisible()).toBe(true);
		const [anchor, box] = await Promise.all([page.locator('mark[data-note="xi-jinping"]').last().boundingBox(), note.boundingBox()]);
		expect(box!.y).toBeGreaterThan(anchor!.y);
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		await page.keyboard.press('Space');
		expect(await note.isVisible()).toBe(false);
		await page.context().close();
	});

	it('notes have role note and name the words they explain', async () => {
		const page = await site.open(THREAD, { viewport: { width: 1280, height: 900 } });
		const note = page.getByRole('note', { name: 'Note 2, on “Party General Secretary Xi Jinping”' });
		expect(await note.isVisible()).toBe(true);
		expect(await page.getByRole('note').count()).toBeGreaterThanOrEqual(20);
		await page.context().close();
	});

	for (const width of [1280, 1440, 1920]) {
		it(`at ${width} px every note sits in the margin, level with its line, overlapping no other note and no text`, async () => {
			const page = await site.open(THREAD, { viewport: { width, height: 900 } });
			await fontsReady(page);
			const layout = await page.$$eval('.sidenote', (notes) =>
				notes.map((note) => {
					const box = note.getBoundingClientRect();
					const marks = document.querySelectorAll(`mark[data-note="${note.id.slice('note-'.length)}"]`);
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
				// Level: the note's first line starts within a few pixels of its anchor line.
				expect(
					Math.abs(note.top - note.lineTop),
					`${note.id} starts ${Math.round(note.top - note.lineTop)} px from its line`,
				).toBeLessThanOrEqual(8);
				expect(note.left, `${note.id} is beside the text, not over it`).toBeGreaterThanOrEqual(note.textRight + 16);
				expect(note.right).toBeLessThanOrEqual(width);
				const next = layout[index + 1];
				if (next) expect(note.bottom, `${note.id} overlaps ${next.id}`).toBeLessThanOrEqual(next.top);
			}
			await page.context().close();
		});
	}

	it('linking to a note highlights the note and its words', async () => {
		const page = await site.open(`${THREAD}#note-lucy-football`, { viewport: { width: 1440, height: 900 } });
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
		await page.context().close();
	});

	it('in print, every note appears as a numbered footnote and no margin note is shown', async () => {
		const page = await site.open(THREAD, { viewport: { width: 1280, height: 900 } });
		await page.emulateMedia({ media: 'print' });
		const printed = await page.$$eval('.print-notes li', (items) =>
			items.filter((li) => li.checkVisibility()).map((li) => Number(li.getAttribute('value'))),
		);
		const total = await page.locator('.sidenote').count();
		expect(printed).toEqual(Array.from({ length: total }, (_, i) => i + 1));
		expect(await page.$$eval('.sidenote', (notes) => notes.filter((n) => n.checkVisibility()).length)).toBe(0);
		await page.context().close();
	});

	it('following a paragraph permalink shows how to cite that paragraph', async () => {
		const page = await site.open(THREAD, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
		const cite = page.locator('#c6-p2 + .para-cite');
		expect(await cite.isVisible()).toBe(false);
		await page.locator('a.para-link[href="#c6-p2"]').click();
		expect(await cite.isVisible()).toBe(true);
		expect(await cite.textContent()).toContain('(Delury 2013, para. 6.2)');
		await page.context().close();
	});
});
