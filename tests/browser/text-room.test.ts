import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';
import { overflow, setTextSize } from '../support/text-size.ts';

/**
 * Margin notes open by the room the text has, counted in the text's own units: enlarged text or
 * a zoomed window gets the notes under their paragraphs, as on a phone, never notes cut off at
 * the window's edge or a page that scrolls sideways.
 */
const THREAD = '/conversations/north-korea-sanctions-2013/';
const PAGES = ['/', THREAD, `${THREAD}c6/`, '/people/cui-tiankai/', '/search/', '/404.html'];
const WIDTHS = Array.from({ length: 21 }, (_, i) => 1000 + 20 * i);

describe('notes fit the room the text has', () => {
	const site = useSite();

	it('at 1280 px with the text at 200%, no note sits past the edge, nothing scrolls sideways, and a note opens under its paragraph', async () => {
		const page = await site.open(THREAD, { viewport: { width: 1280, height: 900 } });
		await setTextSize(page, 200);
		await page.reload();
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).not.toBe(
			'20px',
		);
		const before = await overflow(page);
		expect(before.scrollWidth).toBeLessThanOrEqual(before.clientWidth);
		expect(before.clipped).toEqual([]);
		// The inline notes of a phone: hidden until their marker is followed.
		expect(before.shown).toBe(0);
		await page.focus('#note-ref-xi-jinping');
		await page.keyboard.press('Enter');
		const note = await page.$eval('#note-xi-jinping', (element) => {
			const box = element.getBoundingClientRect();
			const paragraph = document.getElementById('c1-p1')!.getBoundingClientRect();
			return { left: box.left, right: box.right, top: box.top, below: paragraph.bottom };
		});
		expect(note.left).toBeGreaterThanOrEqual(0);
		expect(note.right).toBeLessThanOrEqual(1280);
		expect(note.top).toBeGreaterThanOrEqual(note.below);
		expect((await overflow(page)).clipped).toEqual([]);
		await page.context().close();
	});

	it('at 1120 px (a 1680 px screen at 150%), with the text at 125% at 1280 px, and enlarged by a style sheet, no note is cut', async () => {
		const page = await site.open(THREAD, { viewport: { width: 1120, height: 900 } });
		const at1120 = await overflow(page);
		expect(at1120.scrollWidth).toBeLessThanOrEqual(at1120.clientWidth);
		expect(at1120.clipped).toEqual([]);
		await page.setViewportSize({ width: 1280, height: 900 });
		await setTextSize(page, 125);
		await page.reload();
		const at125 = await overflow(page);
		expect(at125.scrollWidth).toBeLessThanOrEqual(at125.clientWidth);
		expect(at125.clipped).toEqual([]);
		// A reader's own style sheet that doubles the text, instead of the browser's setting.
		await setTextSize(page, 100);
		await page.reload();
		expect((await overflow(page)).shown).toBe(at125.notes);
		// (Through the CSSOM: the site's Content-Security-Policy refuses an inline style element.)
		await page.evaluate(() =>
			document.styleSheets[0]!.insertRule('html { font-size: 200% !important; }'),
		);
		const styled = await overflow(page);
		expect(styled.scrollWidth).toBeLessThanOrEqual(styled.clientWidth);
		expect(styled.clipped).toEqual([]);
		expect(styled.shown).toBe(0);
		await page.context().close();
	});

	it('at 320 px, at 200% text at 1280 px and at every width from 1000 to 1400 px, no page scrolls sideways and no margin note is cut or over the text', async () => {
		const failures: string[] = [];
		let margins = 0;
		const check = async (page: Page, url: string, setting: string) => {
			const found = await overflow(page);
			if (url === THREAD && found.shown > 0) margins += 1;
			if (found.scrollWidth > found.clientWidth)
				failures.push(`${url} ${setting}: ${found.scrollWidth} px wide in ${found.clientWidth}`);
			if (found.clipped.length > 0)
				failures.push(`${url} ${setting}: ${found.clipped.join(', ')} cut or over the text`);
			// A note is either in the margin, all of them, or opened one at a time: never some hidden
			// by a layout that thinks it has room.
			if (found.shown !== 0 && found.shown !== found.notes)
				failures.push(`${url} ${setting}: ${found.shown} of ${found.notes} notes shown`);
		};
		for (const url of PAGES) {
			const page = await site.open(url, { viewport: { width: 320, height: 640 } });
			await check(page, url, '320 px');
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				await check(page, url, `${width} px`);
			}
			await page.setViewportSize({ width: 1280, height: 900 });
			await setTextSize(page, 200);
			await check(page, url, '1280 px, text 200%');
			await page.context().close();
		}
		expect(failures).toEqual([]);
		// The sweep saw both layouts of the thread: notes in the margin from about 1200 px.
		expect(margins).toBeGreaterThan(5);
		expect(margins).toBeLessThan(WIDTHS.length);
		// One window, resized step by step: about half a second a step on a busy machine.
	}, 240_000);
});
