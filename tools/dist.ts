import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { htmlFiles, pageUrl } from '../src/core/built-pages.ts';

export const DIST = path.resolve(process.env.EDITION_DIST_DIR ?? 'dist');

/** The built site's HTML pages as URL paths (`/`, `/about/`, `/404.html`). */
export function htmlPages(): string[] {
	if (!existsSync(path.join(DIST, 'index.html')))
		throw new Error('dist/ has no site: run `npm run build` first (`npm test` does)');
	return htmlFiles(DIST)
		.map((file) => pageUrl(DIST, file))
		.filter((url) => !url.startsWith('/pagefind/'))
		.sort();
}

/** The file a URL path is served from, or undefined when there is none. */
export function fileFor(urlPath: string): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
	const candidates = [path.join(DIST, clean), path.join(DIST, clean, 'index.html')];
	return candidates.find((file) => existsSync(file) && !readdirSafe(file));
}

const cache = new Map<string, CheerioAPI>();

/** A built page parsed as HTML. */
export function page(urlPath: string): CheerioAPI {
	let $ = cache.get(urlPath);
	if (!$) {
		const file = fileFor(urlPath);
		if (!file) throw new Error(`No built page at ${urlPath}`);
		$ = load(readFileSync(file, 'utf8'));
		cache.set(urlPath, $);
	}
	return $;
}

/** What the edition inserts into a paragraph: its permalink and its notes' markers (which hold no text). */
export const INSERTED = '.para-link, .note-ref';

/** The text of each contribution paragraph: the archived words, without what the edition inserts. */
export function paragraphTexts(
	$: CheerioAPI,
	scope = '.contribution-body',
): { id: string; text: string }[] {
	return $(`${scope} > p`)
		.toArray()
		.map((p) => {
			const clone = $(p).clone();
			clone.find(INSERTED).remove();
			return { id: $(p).attr('id') ?? '', text: clone.text().replace(/^ /, '') };
		});
}

function readdirSafe(file: string): boolean {
	try {
		readdirSync(file);
		return true;
	} catch {
		return false;
	}
}
