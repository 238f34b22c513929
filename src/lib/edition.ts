import path from 'node:path';
import { ContentError } from '../loader/content-error.ts';
import { loadEdition } from '../loader/load-edition.ts';
import type { Edition } from '../model/model.ts';
import { readSnapshot } from '../loader/snapshot.ts';
import { LIVE_EDITION_ID, type LiveEdition } from './edition-loader.ts';

let cached: Edition | undefined;

/**
 * The edition for pages to lay out.
 * - `npm run build` loads and checks the content before Astro starts and hands it over as a
 *   snapshot (`EDITION_SNAPSHOT`), read once per build.
 * - `astro dev` keeps it in Astro's content layer, reloaded on every change under the content
 *   folder (src/lib/edition-loader.ts); a content mistake is thrown here, so the page shows it.
 * - Otherwise (a bare `astro build`), it is loaded here, once, from `EDITION_CONTENT_DIR` or `content`.
 */
export async function getEdition(): Promise<Edition> {
	const snapshot = process.env.EDITION_SNAPSHOT;
	if (!snapshot && import.meta.env.DEV) {
		const { getEntry } = await import('astro:content');
		const live = (await getEntry('edition', LIVE_EDITION_ID))?.data as LiveEdition | undefined;
		if (live && 'problems' in live) throw forOverlay(new ContentError(live.problems));
		if (live && 'failure' in live) throw new Error(live.failure);
		if (live) return live.edition;
	}
	cached ??= snapshot
		? readSnapshot(snapshot)
		: loadEdition(process.env.EDITION_CONTENT_DIR ?? 'content');
	return cached;
}

/**
 * Points Astro's error overlay at the first problem's file and line (`loc`, as Astro's own
 * errors carry it), so it shows that file's text around the mistake rather than this module's.
 */
function forOverlay(error: ContentError): ContentError {
	const first = error.problems[0];
	if (first)
		Object.assign(error, {
			loc: { file: path.resolve(first.file), line: first.line ?? 1, column: 1 },
			hint: 'Fix the file and save it: the page reloads by itself.',
		});
	return error;
}
