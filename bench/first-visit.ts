import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../tools/static-server.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface FirstVisit {
	url: string;
	width: number;
	/** Every file the page load asked for, with the bytes a host sends for it. */
	files: { path: string; kind: Kind; bytes: number }[];
	/** Bytes by kind, and all together. */
	bytes: Record<Kind | 'total', number>;
}

/** Files a static host compresses; fonts and images go as they are (compressing them gains nothing). */
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt)$/;

function kindOf(file: string, resourceType: string): Kind {
	if (file.endsWith('.html')) return 'html';
	if (resourceType === 'stylesheet' || file.endsWith('.css')) return 'css';
	if (resourceType === 'script' || /\.m?js$/.test(file)) return 'js';
	if (resourceType === 'font' || /\.(woff2?|ttf|otf)$/.test(file)) return 'font';
	if (resourceType === 'image' || /\.(svg|png|ico|jpe?g|webp|avif)$/.test(file)) return 'image';
	return 'other';
}

/** The bytes of a built file as a host sends it: gzip level 9 for text, as it is otherwise. */
export function sentBytes(file: string): number {
	const bytes = readFileSync(file);
	return TEXT.test(file) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
}

/**
 * What a first visit to each page fetches, in the real browser at a given width: the page loads
 * (cold cache, nothing stored) and every request it makes is recorded; the figure is the sum of
 * those files' sizes in `siteDir`, gzipped at level 9, so it is deterministic although the browser
 * decides what to fetch (a font a media query or `unicode-range` leaves out is not counted; an
 * icon or a script the page asks for is). Requests to other hosts would throw: a page fetches
 * only from its own site.
 */
export async function firstVisits(
	browser: Browser,
	siteDir: string,
	urls: readonly string[],
	widths: readonly number[],
): Promise<FirstVisit[]> {
	const server = await serveStatic(path.resolve(siteDir));
	const visits: FirstVisit[] = [];
	try {
		for (const width of widths)
			for (const url of urls) {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					serviceWorkers: 'block',
				});
				const page = await context.newPage();
				const requested = new Map<string, string>();
				page.on('request', (request) => requested.set(request.url(), request.resourceType()));
				await page.goto(server.url + url, { waitUntil: 'load' });
				// Fonts are asked for when text is laid out, and a page may import scripts after `load`
				// (the reference site does, at some widths): wait until the network has been quiet.
				await page.evaluate(() => document.fonts.ready);
				await page.waitForLoadState('networkidle');
				// A browser fetches the page's icon once, when it gets to it: headless Chromium may or may
				// not before the page settles, so the icon the page names is counted either way.
				const icon = await page.evaluate(
					() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href,
				);
				if (icon && !requested.has(icon)) requested.set(icon, 'image');
				await context.close();
				const files: FirstVisit['files'] = [];
				for (const [address, resourceType] of requested) {
					const parsed = new URL(address);
					if (parsed.protocol === 'data:') continue;
					if (parsed.origin !== server.url)
						throw new Error(`${url} fetches from another host: ${address}`);
					let file = path.join(siteDir, decodeURIComponent(parsed.pathname));
					if (existsSync(file) && statSync(file).isDirectory())
						file = path.join(file, 'index.html');
					if (!existsSync(file)) continue; // a 404 (a missing favicon, say) costs its error page, not counted
					files.push({
						path: parsed.pathname,
						kind: kindOf(file, resourceType),
						bytes: sentBytes(file),
					});
				}
				const bytes = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
				for (const file of files) {
					bytes[file.kind] += file.bytes;
					bytes.total += file.bytes;
				}
				visits.push({ url, width, files, bytes });
			}
	} finally {
		await server.close();
	}
	return visits;
}
