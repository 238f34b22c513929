import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

/**
 * The text's faces: at every width the text is set at once in the reader's own book face, no font
 * is fetched, and nothing moves once painted (the layout shifts, as Chromium reports them, add
 * up to nothing).
 */
describe('type faces', () => {
	const site = useSite();

	for (const width of [390, 1280]) {
		for (const url of [THREAD, `${THREAD}c6/`]) {
			it(`at ${width} px, ${url} fetches no font, sets its text in a book face, and does not shift`, async () => {
				// Open a blank page first, so that every request of the page is seen.
				const page = await site.open('/robots.txt', { viewport: { width, height: 900 } });
				const fonts: string[] = [];
				page.on('request', (request) => {
					if (request.resourceType() === 'font' || /\.(woff2?|ttf|otf)$/.test(request.url()))
						fonts.push(request.url());
				});
				await page.addInitScript(() => {
					(window as unknown as { shifts: number }).shifts = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
							(window as unknown as { shifts: number }).shifts += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(site.url(url), { waitUntil: 'load' });
				await page.evaluate(() => document.fonts.ready);
				await page.waitForTimeout(500);
				expect(fonts).toEqual([]);
				const face = await page.evaluate(
					() => getComputedStyle(document.querySelector('.contribution-body p')!).fontFamily,
				);
				expect(face).toMatch(/^"Iowan Old Style", Charter,/);
				expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
				await page.context().close();
			});
		}
	}
});
