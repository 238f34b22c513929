import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstVisits, type FirstVisit } from '../../bench/first-visit.ts';
import { pageWeight } from '../../bench/page-weight.ts';
import { launchChromium } from '../../tools/browser.ts';
import { DIST, fileFor, htmlPages } from '../../tools/dist.ts';

const KB = 1024;
const THREAD = '/conversations/north-korea-sanctions-2013/';

/**
 * Size budgets on deterministic byte counts (gzip level 9 of the built files), not on timings.
 * What a first visit fetches is what the real browser asks for when it loads the page at a
 * width (the page, its scripts, fonts and icons), summed from the built files (see
 * bench/first-visit.ts). A stock documentation theme given this text fetches about 51 KB gzip at
 * either width, 30 KB of it JavaScript; the budgets are about half of that, fonts included.
 */
describe('size budgets: everything a first visit fetches, gzip, fonts included', () => {
	let visits: FirstVisit[] = [];
	const CONTRIBUTIONS = Array.from({ length: 7 }, (_, i) => `${THREAD}c${i + 1}/`);
	beforeAll(async () => {
		const browser = await launchChromium();
		try {
			visits = await firstVisits(browser, DIST, [THREAD, ...CONTRIBUTIONS], [1280, 390]);
		} finally {
			await browser.close();
		}
	}, 300_000);
	const visit = (url: string, width: number) =>
		visits.find((v) => v.url === url && v.width === width)!;

	// 73.4 KB at 1280 px and 34.2 KB at 390 px before each citation was printed once and the web
	// font left (31.9 KB after); seven notes added since, with their sources, make it 35.1 KB. The
	// goal is 28 and 20 KB (see the proposal in the README's "Performance").
	it('the thread, with all its notes, the timeline and the afterword: ≤ 36 KB at either width', () => {
		for (const width of [1280, 390])
			expect(visit(THREAD, width).bytes.total, `${width}`).toBeLessThanOrEqual(36 * KB);
	});

	it('a contribution page: ≤ 20 KB at either width', () => {
		for (const url of CONTRIBUTIONS)
			for (const width of [1280, 390])
				expect(visit(url, width).bytes.total, `${url} ${width}`).toBeLessThanOrEqual(20 * KB);
	});

	it('counts what it claims to: the page, its one module script, its icon; no stylesheet to fetch (it is inlined), no font', () => {
		for (const width of [1280, 390]) {
			const { files, bytes } = visit(THREAD, width);
			expect(files.map((f) => f.kind).sort(), `${width}`).toEqual(['html', 'image', 'js']);
			expect(bytes.html).toBeGreaterThan(10 * KB);
			expect(bytes.js).toBeGreaterThan(500);
			expect(bytes.font).toBe(0);
			// The same as reading the files: the HTML's bytes are the built page's, gzipped.
			expect(bytes.html).toBe(pageWeight(DIST, THREAD).html.gzip);
		}
	});

	it('JavaScript run before the reader opens search: ≤ 2 KB on every page', () => {
		// The search page itself is search opened (and is kept out of search engines).
		const pages = htmlPages().filter((url) => url !== '/search/');
		expect(pages.length).toBeGreaterThan(20);
		for (const url of pages) expect(pageWeight(DIST, url).js.gzip, url).toBeLessThanOrEqual(2 * KB);
	});

	it('link previews, loaded on first use: script ≤ 3 KB, and each conversation’s data ≤ 3 KB', () => {
		const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
		const chunks = readdirSync(`${DIST}/_astro`).filter((name) =>
			/^previews\.[\w-]+\.js$/.test(name),
		);
		expect(chunks).toHaveLength(1);
		expect(gzip(`${DIST}/_astro/${chunks[0]}`)).toBeLessThanOrEqual(3 * KB);
		expect(gzip(`${DIST}${THREAD}previews.json`)).toBeLessThanOrEqual(3 * KB);
		// Not fetched before use: no page names the chunk or the data in a script or a preload.
		expect(readFileSync(fileFor(THREAD)!, 'utf8')).not.toMatch(/previews\.[\w-]+\.js/);
	});

	// The budget: the selection control and the previews, each loaded on first use, ≤ 6 KB
	// together. The control (which also links selections over several paragraphs, and on the thread
	// fetches the contribution's page for its citation styles, and keeps a reader's focus when it is
	// made again under it) takes about 3.5 KB, near its own limit.
	it('the passage control (link, cite, quote), fetched on a first selection only: ≤ 6 KB with the previews', () => {
		const chunks = readdirSync(path.join(DIST, '_astro')).filter((name) =>
			/^passage\.[\w-]+\.js$/.test(name),
		);
		expect(chunks).toHaveLength(1);
		const code = readFileSync(path.join(DIST, '_astro', chunks[0]!));
		const previews = readdirSync(path.join(DIST, '_astro')).filter((name) =>
			/^previews\.[\w-]+\.js$/.test(name),
		);
		const previewsCode = readFileSync(path.join(DIST, '_astro', previews[0]!));
		expect(
			gzipSync(code, { level: 9 }).length + gzipSync(previewsCode, { level: 9 }).length,
		).toBeLessThanOrEqual(6 * KB);
		expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(3.5 * KB);
		// The page script imports it dynamically, so the budget above does not count it, rightly.
		const scripts = readdirSync(path.join(DIST, '_astro')).map((name) =>
			readFileSync(path.join(DIST, '_astro', name), 'utf8'),
		);
		expect(scripts.some((js) => js.includes(`import(\`./${chunks[0]}\`)`))).toBe(true);
	});

	it('fonts: none fetched on any page, and none asked for from elsewhere', () => {
		// The text is set in the reader's own book face (see tests/browser/faces.test.ts).
		for (const url of htmlPages()) {
			expect(pageWeight(DIST, url).fonts.raw, url).toBe(0);
			const html = readFileSync(fileFor(url)!, 'utf8');
			for (const face of html.match(/@font-face\s*{[^}]*}/g) ?? [])
				expect(face, url).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
		}
	});

	it('no page carries HTML comments: notes for developers stay in the source, not in every download', () => {
		for (const url of htmlPages())
			expect(readFileSync(fileFor(url)!, 'utf8').match(/<!--[\s\S]*?-->/g) ?? [], url).toEqual([]);
	});
});
