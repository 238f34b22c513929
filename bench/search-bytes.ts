import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../tools/static-server.ts';

/** A site whose search dialog is driven the way a reader drives it. */
export interface SearchSite {
	name: string;
	dir: string;
	/** The page the reader is on when they search. */
	startPath: string;
	/** The dialog's text field, once the dialog is open. */
	input: string;
	/** Files a page fetches before the reader asks, but only for search (Starlight loads Pagefind's UI while idle). */
	searchOnly?: RegExp;
	/** Resolves once the results for `query` are on screen. */
	resultsShown: (page: Page, query: string) => Promise<unknown>;
}

/** What a search fetched, by the part of the search it serves (KB are gzip as sent). */
export interface SearchBytes {
	site: string;
	query: string;
	total: number;
	split: Record<SearchPart, number>;
	files: { path: string; bytes: number; part: SearchPart }[];
}

export type SearchPart = 'engine' | 'wasm' | 'index' | 'fragments' | 'interface';

/**
 * Which part of a search a file serves: Pagefind's engine (`pagefind.js`, its UI's code), its
 * WebAssembly, the index (`pf_meta`, `pf_index`, `pf_filter`), the result fragments, or the
 * site's own search interface (its script and styles, loaded for the dialog).
 */
function partOf(pathname: string): SearchPart {
	if (/\.pagefind$/.test(pathname)) return 'wasm';
	if (/\.pf_(meta|index|filter)$|pagefind-entry\.json$/.test(pathname)) return 'index';
	if (/\.pf_fragment$/.test(pathname)) return 'fragments';
	if (/\/pagefind\/.*\.js$/.test(pathname)) return 'engine';
	return 'interface';
}

/**
 * The bytes a reader's search costs on a site, measured in its own search dialog: a fresh profile
 * opens `startPath`, waits until the page is idle, presses Ctrl+K, types the query and waits for
 * the results on screen and the network to settle. Counted: every file fetched in that visit
 * that a visit without searching does not fetch (the page itself, its styles and fonts are not
 * search). A search script a site fetches while idle, before the reader asks (Starlight loads
 * Pagefind's UI that way), is counted as search too: it is fetched only for search. Sizes are
 * gzip as a static host sends them (Pagefind's index files are gzip already and count as they are).
 */
export async function measureSearchBytes(
	browser: Browser,
	site: SearchSite,
	query: string,
): Promise<SearchBytes> {
	const server = await serveStatic(site.dir);
	const sizeOf = gzipSizer(site.dir);
	const visit = async (search: boolean) => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const fetched = new Set<string>();
		page.on('requestfinished', (request) => {
			if (request.url().startsWith(server.url))
				fetched.add(decodeURIComponent(new URL(request.url()).pathname));
		});
		await page.goto(server.url + site.startPath, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		if (search) {
			await page.keyboard.press('Control+k');
			await page.locator(site.input).waitFor({ state: 'visible' });
			await page.locator(site.input).pressSequentially(query);
			await site.resultsShown(page, query);
			await page.waitForLoadState('networkidle');
		}
		await context.close();
		return fetched;
	};
	try {
		const plain = await visit(false);
		const searched = await visit(true);
		// The icon is the page's, whenever the browser gets round to it.
		const isSearch = (pathname: string) =>
			!pathname.endsWith('favicon.svg') &&
			(!plain.has(pathname) ||
				pathname.includes('/pagefind/') ||
				!!site.searchOnly?.test(pathname));
		const files = [...searched]
			.filter(isSearch)
			.map((file) => ({ path: file, bytes: sizeOf(file), part: partOf(file) }));
		const split = { engine: 0, wasm: 0, index: 0, fragments: 0, interface: 0 };
		for (const file of files) split[file.part] += file.bytes;
		return {
			site: site.name,
			query,
			total: files.reduce((sum, file) => sum + file.bytes, 0),
			split,
			files,
		};
	} finally {
		await server.close();
	}
}

/** A file's size as gzip sends it (compressed files as they are). */
function gzipSizer(root: string): (pathname: string) => number {
	const sizes = new Map<string, number>();
	return (pathname) => {
		if (!sizes.has(pathname)) {
			let file = path.join(root, pathname);
			if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
			const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
			const compressed = bytes[0] === 0x1f && bytes[1] === 0x8b;
			sizes.set(
				pathname,
				compressed || /\.(woff2|png)$/.test(file)
					? bytes.length
					: gzipSync(bytes, { level: 9 }).length,
			);
		}
		return sizes.get(pathname)!;
	};
}

/** The edition's own dialog: results are on screen once the summary names the query. */
export const editionSite = (
	dir: string,
	startPath = '/conversations/north-korea-sanctions-2013/',
): SearchSite => ({
	name: 'edition',
	dir,
	startPath,
	input: 'dialog.search-dialog[open] input',
	resultsShown: (page, query) =>
		page.waitForFunction(
			(q) =>
				(
					document.querySelector('dialog.search-dialog .search-summary')?.textContent ?? ''
				).endsWith(` for ${q}`),
			query,
			{ timeout: 30_000 },
		),
});

/** A stock Starlight site's dialog (Pagefind's own UI): results are on screen once its message names the query and a result shows. */
export const starlightSite = (dir: string): SearchSite => ({
	name: 'Starlight',
	dir,
	startPath: '/',
	searchOnly: /\/_astro\/ui-core\.[^/]*\.js$/,
	input: 'dialog[open] .pagefind-ui__search-input',
	resultsShown: (page, query) =>
		page.waitForFunction(
			(q) =>
				(document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(q) &&
				document.querySelector('.pagefind-ui__result-link') !== null,
			query,
			{ timeout: 30_000 },
		),
});

/** The query the comparison runs: the reader, looking for the diplomat. */
export const COMPARED_QUERY = 'Cui Tiankai';

/**
 * Our search beside the reference site's, for one query, in the same run: a table of the split
 * (KB gzip) and the ratio. Without a reference site, ours alone.
 */
export async function compareSearchBytes(
	browser: Browser,
	ourDir: string,
	referenceDir: string | undefined,
	query = COMPARED_QUERY,
) {
	const ours = await measureSearchBytes(browser, editionSite(ourDir), query);
	const theirs = referenceDir
		? await measureSearchBytes(browser, starlightSite(referenceDir), query)
		: undefined;
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	const parts: SearchPart[] = ['engine', 'wasm', 'index', 'fragments', 'interface'];
	const rows = [ours, ...(theirs ? [theirs] : [])].map((m) => [
		m.site,
		...parts.map((part) => kb(m.split[part])),
		kb(m.total),
	]);
	const ratio = theirs ? Number((ours.total / theirs.total).toFixed(2)) : undefined;
	return {
		ours,
		theirs,
		ratio,
		rows,
		headers: ['site', ...parts.map((part) => `${part} KB`), 'total KB'],
	};
}
