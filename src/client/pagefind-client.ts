/**
 * Pagefind's search engine (its JS API, not its interface), loaded once on first use with the
 * site's options. Only what a query needs is fetched: the engine, the index's metadata, the index
 * chunks for the query's words and the fragments of the results shown. A filter's index is
 * fetched only when the reader asks for filters.
 */

import type { PagefindResultData } from '../search/result-view.ts';
import { SEARCH_OPTIONS } from '../search/search-options.ts';

export interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
	results: PagefindResult[];
}
export interface Pagefind {
	options(options: object): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;
let attempts = 0;

export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		// A URL, not a module of this build: Pagefind writes it after the site is built. A retry
		// gets its own address, since a browser may remember a module that failed to load.
		const url = `/pagefind/pagefind.js${attempts++ ? `?retry=${attempts}` : ''}`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options(SEARCH_OPTIONS);
		return pagefind;
	})();
	// A failed load is not kept: the next search tries again.
	loading.catch(() => (loading = undefined));
	return loading;
}
