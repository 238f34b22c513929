import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

/**
 * The text's faces: a phone shows the text at once in its own book face and fetches no font; a
 * wide screen, where margin notes are laid out beside their lines, gets Source Serif 4.
 */
describe('type faces', () => {
	const site = useSite();

	for (const [device, width, fetched] of [
		['a phone', 390, []],
		['a wide screen', 1280, ['/fonts/source-serif-4-400-italic.woff2', '/fonts/source-serif-4-400.woff2']],
	] as const) {
		it(`${device} (${width} px) fetches ${fetched.length ? 'the two Source Serif 4 faces, and sets the text in them' : 'no font'}`, async () => {
			// Open a blank page first, so that every request of the thread is seen.
			const page = await site.open('/robots.txt', { viewport: { width, height: 900 } });
			const fonts: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'font' || request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).pathname);
			});
			await page.goto(site.url(THREAD), { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready);
			expect([...new Set(fonts)].sort()).toEqual([...fetched]);
			const face = await page.evaluate(() => getComputedStyle(document.querySelector('.contribution-body p')!).fontFamily);
			expect(face.startsWith('"Source Serif 4"')).toBe(fetched.length > 0);
			await page.context().close();
		});
	}
});
