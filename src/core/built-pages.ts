import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The pages of a built site, for the code that reads them after Astro has written them (the
 * search index, the security headers, the tests). Node only: the browser's code never imports it.
 */

/** Every HTML file under a built site's folder, sorted, so what reads them reads them in one order. */
export function htmlFiles(siteDir: string): string[] {
	return readdirSync(siteDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

/** The address a built file is served at, as a static host and Pagefind give it: `a/index.html` is `/a/`. */
export function pageUrl(siteDir: string, file: string): string {
	const relative = path.relative(siteDir, file).split(path.sep).join('/');
	return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}
