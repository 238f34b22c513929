import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../tools/static-server.ts';

export interface SearchMeasure {
	query: string;
	/** Bytes a reader downloads, as a static host serving gzip would send them. */
	coldBytes: number;
	coldMs: number;
	warmBytes: number;
	warmMs: number;
	results: number;
}

/**
 * What searching costs a reader, measured in the real search dialog: a cold search (a fresh
 * browser profile opens a page, presses Ctrl+K and types the query) and a warm one (the next
 * query, in the same dialog). Time runs from the last key to the first result on screen.
 * Bytes are counted per file fetched, at the size gzip would send (Pagefind's index files are
 * compressed already, so they count as they are).
 */
export async function measureSearch(
	browser: Browser,
	siteDir: string,
	queries: readonly string[],
	startPath = '/',
): Promise<SearchMeasure[]> {
	const server = await serveStatic(siteDir);
	const gzipped = new Map<string, number>();
	const sizeOf = (url: string) => {
		const pathname = decodeURIComponent(new URL(url).pathname);
		if (!gzipped.has(pathname)) {
			let file = path.join(siteDir, pathname);
			if (pathname.endsWith('/')) file = path.join(file, 'index.html');
			const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
			const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b;
			gzipped.set(
				pathname,
				compressed ? bytes.length : Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length),
			);
		}
		return gzipped.get(pathname)!;
	};
	try {
		const measures: SearchMeasure[] = [];
		for (const [index, query] of queries.entries()) {
			const next = queries[(index + 1) % queries.length]!;
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(server.url + startPath, { waitUntil: 'load' });
			let fetched = 0;
			page.on('requestfinished', (request) => {
				if (request.url().startsWith(server.url)) fetched += sizeOf(request.url());
			});
			const run = async (text: string) => {
				fetched = 0;
				const started = Date.now();
				await page.keyboard.press('Control+k');
				await page.waitForSelector('dialog.search-dialog[open] input');
				await page.locator('dialog.search-dialog input').fill(text);
				// The summary names the query once its results are on screen.
				const summary = await page.waitForFunction(
					(q) => {
						const text =
							document.querySelector('dialog.search-dialog .search-summary')?.textContent ?? '';
						return text.endsWith(` for ${q}`) ? text : false;
					},
					text,
					{ timeout: 20_000 },
				);
				const ms = Date.now() - started;
				await page.waitForLoadState('networkidle');
				const results = Number(/^\d+/.exec(String(await summary.jsonValue()))?.[0] ?? 0);
				await page.keyboard.press('Escape');
				await page.waitForFunction(() => !document.querySelector('dialog.search-dialog[open]'));
				return { ms, bytes: fetched, results };
			};
			const cold = await run(query);
			const warm = await run(next);
			measures.push({
				query,
				coldBytes: cold.bytes,
				coldMs: cold.ms,
				warmBytes: warm.bytes,
				warmMs: warm.ms,
				results: cold.results,
			});
			await context.close();
		}
		return measures;
	} finally {
		await server.close();
	}
}

/** The benchmark's default queries: names in several spellings, a subject, a phrase. */
export const BENCH_QUERIES = [
	'Cui Tiankai',
	'Tiankai',
	'崔天凯',
	'Barack Obama',
	'Kim Jong-un',
	'Delury',
	'armistice',
	'sanctions',
	'Six Party Talks',
	'Lucy football',
];

/** A text table, right-aligned numbers. */
export function table(headers: string[], rows: (string | number)[][]): string {
	const cells = [headers, ...rows.map((row) => row.map(String))];
	const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
	const line = (row: string[]) =>
		row
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ');
	return [
		line(cells[0]!),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line),
	].join('\n');
}
