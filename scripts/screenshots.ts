/**
 * `npm run screenshots`: photographs the built site at phone and wide sizes, light and dark, into
 * `screenshots/` (not committed), for a person to look at before calling a visual change done.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const pages = (
	process.argv[2] ??
	'/,/conversations/north-korea-sanctions-2013/,/conversations/north-korea-sanctions-2013/c6/'
).split(',');
const outDir = path.resolve('screenshots');
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
try {
	for (const [width, height] of [
		[390, 844],
		[1280, 900],
	] as const) {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({
				viewport: { width, height },
				colorScheme: scheme,
				deviceScaleFactor: 1,
			});
			const page = await context.newPage();
			for (const pagePath of pages) {
				await page.goto(server.url + pagePath);
				await page.evaluate(() => document.fonts.ready);
				const name = `${pagePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}-${scheme}.png`;
				await page.screenshot({
					path: path.join(outDir, name),
					fullPage: process.env.FULL === '1',
				});
				console.log(name);
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
