import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

/**
 * The phone's note control is the marker itself: a link to the note, which CSS opens under its
 * paragraph (`:target`). So it works without JavaScript, answers Enter like any link, and is
 * announced once, by its name.
 */
const THREAD = '/conversations/north-korea-sanctions-2013/';

/** Where each piece of the words of paragraph 1.1 is set (the markers' own boxes left out). */
function words(page: Page) {
	return page.$eval('#c1-p1', (p) => {
		const placed: number[][] = [];
		const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects())
				placed.push([Math.round(r.left), Math.round(r.right), Math.round(r.top)]);
		}
		return placed;
	});
}

describe('the phone note control', () => {
	const site = useSite();

	for (const javaScriptEnabled of [false, true]) {
		it(`at 390 px ${javaScriptEnabled ? 'with' : 'without'} JavaScript, Enter on a marker opens its note under the paragraph`, async () => {
			const page = await site.open(THREAD, {
				viewport: { width: 390, height: 844 },
				javaScriptEnabled,
			});
			expect(await page.locator('#note-xi-jinping').isVisible()).toBe(false);
			await page.focus('#note-ref-xi-jinping');
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => location.hash === '#note-xi-jinping');
			expect(await page.locator('#note-xi-jinping').isVisible()).toBe(true);
			await page.context().close();
		});
	}

	it('a screen reader hears “Note N” once: the drawn number is not read besides the name', async () => {
		const page = await site.open(THREAD, { viewport: { width: 390, height: 844 } });
		const marker = page.locator('#note-ref-xi-jinping');
		const n = await marker.getAttribute('data-n');
		expect(n).toMatch(/^\d+$/);
		expect(await marker.ariaSnapshot()).toBe(`- link "Note ${n}":\n  - /url: "#note-xi-jinping"`);
		await page.context().close();
	});

	it('its target is at least 24 × 24 px and takes no room in the line', async () => {
		const page = await site.open(THREAD, { viewport: { width: 390, height: 844 } });
		const targets = await page.$$eval('.note-ref', (markers) =>
			markers.map((m) => m.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
		);
		expect(Math.min(...targets)).toBeGreaterThanOrEqual(24);
		const withTarget = await words(page);
		// The same paragraph with markers that are only their number.
		await page.evaluate(() =>
			document.styleSheets[0]!.insertRule(
				'.note-ref { padding: 0 !important; margin: 0 !important; }',
				document.styleSheets[0]!.cssRules.length,
			),
		);
		expect(
			await page.$eval('#note-ref-xi-jinping', (m) => m.getBoundingClientRect().height),
		).toBeLessThan(24);
		expect(await words(page)).toEqual(withTarget);
		await page.context().close();
	});
});
