import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../bench/page-weight.ts';
import { DIST, fileFor, htmlPages } from '../support/dist.ts';

const KB = 1024;
const THREAD = '/conversations/north-korea-sanctions-2013/';

/**
 * Size budgets on deterministic byte counts (gzip level 9 of the built files), not on timings.
 * A stock documentation theme given this text transfers about 56 KB gzip to show it, 31 KB of
 * it JavaScript; this edition carries notes, citations and search and stays well under that.
 */
describe('size budgets: what a first visit fetches, gzip, fonts aside', () => {
	// The timeline, the afterword, 29 notes and the works they cite: the thread grew from 26.3 KB.
	it('the thread page, with all its notes, the timeline and the afterword: ≤ 36 KB', () => {
		expect(pageWeight(DIST, THREAD).total.gzip).toBeLessThanOrEqual(36 * KB);
	});

	it('a contribution page: ≤ 15 KB', () => {
		for (let n = 1; n <= 7; n++) expect(pageWeight(DIST, `${THREAD}c${n}/`).total.gzip, `c${n}`).toBeLessThanOrEqual(15 * KB);
	});

	it('JavaScript run before the reader opens search: ≤ 2 KB on every page', () => {
		// The search page itself is search opened (and is kept out of search engines).
		const pages = htmlPages().filter((url) => url !== '/search/');
		expect(pages.length).toBeGreaterThan(20);
		for (const url of pages) expect(pageWeight(DIST, url).js.gzip, url).toBeLessThanOrEqual(2 * KB);
	});

	it('link previews, loaded on first use: script ≤ 3 KB, and each conversation’s data ≤ 3 KB', () => {
		const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
		const chunks = readdirSync(`${DIST}/_astro`).filter((name) => /^previews\.[\w-]+\.js$/.test(name));
		expect(chunks).toHaveLength(1);
		expect(gzip(`${DIST}/_astro/${chunks[0]}`)).toBeLessThanOrEqual(3 * KB);
		expect(gzip(`${DIST}${THREAD}previews.json`)).toBeLessThanOrEqual(3 * KB);
		// Not fetched before use: no page names the chunk or the data in a script or a preload.
		expect(readFileSync(fileFor(THREAD)!, 'utf8')).not.toMatch(/previews\.[\w-]+\.js/);
	});

	// The budget: the selection control and the previews, each loaded on first use, ≤ 6 KB
	// together. The control (which also links selections over several paragraphs) takes 3.4 KB.
	it('the passage control (link, cite, quote), fetched on a first selection only: ≤ 6 KB with the previews', () => {
		const chunks = readdirSync(path.join(DIST, '_astro')).filter((name) => /^passage\.[\w-]+\.js$/.test(name));
		expect(chunks).toHaveLength(1);
		const code = readFileSync(path.join(DIST, '_astro', chunks[0]!));
		const previews = readdirSync(path.join(DIST, '_astro')).filter((name) => /^previews\.[\w-]+\.js$/.test(name));
		const previewsCode = readFileSync(path.join(DIST, '_astro', previews[0]!));
		expect(gzipSync(code, { level: 9 }).length + gzipSync(previewsCode, { level: 9 }).length).toBeLessThanOrEqual(6 * KB);
		expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(3.5 * KB);
		// The page script imports it dynamically, so the budget above does not count it, rightly.
		const scripts = readdirSync(path.join(DIST, '_astro')).map((name) => readFileSync(path.join(DIST, '_astro', name), 'utf8'));
		expect(scripts.some((js) => js.includes(`import(\`./${chunks[0]}\`)`))).toBe(true);
	});

	it('fonts: ≤ 60 KB together on every page, and only from the site itself', () => {
		// Wide screens fetch Source Serif 4 (phones fetch no font; see tests/browser/faces.test.ts).
		for (const url of htmlPages()) {
			expect(pageWeight(DIST, url).fonts.raw, url).toBeLessThanOrEqual(60 * KB);
			const html = readFileSync(fileFor(url)!, 'utf8');
			for (const face of html.match(/@font-face\s*{[^}]*}/g) ?? []) expect(face, url).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
		}
	});

	it('counts what it claims to: the thread’s inlined stylesheet, its script and its fonts are found', () => {
		const weight = pageWeight(DIST, THREAD);
		expect(weight.css.gzip).toBeGreaterThan(2 * KB);
		expect(weight.js.gzip).toBeGreaterThan(500);
		// The page, its one module script and, on a wide screen, two fonts: the stylesheet is inlined.
		expect(weight.requests).toBe(1 + 1 + 2);
		expect(weight.fonts.raw).toBeGreaterThan(30 * KB);
	});
});
