import { loadEdition } from '../loader/load-edition.ts';
import type { Edition } from '../loader/model.ts';
import { readSnapshot } from '../loader/snapshot.ts';

let cached: Edition | undefined;

/**
 * The edition for pages to lay out, loaded once per build. `npm run build` loads and checks the
 * content before Astro starts and hands it over as a snapshot (`EDITION_SNAPSHOT`), so the work
 * is done once; without one (`astro dev`), the content is loaded here, from `EDITION_CONTENT_DIR`
 * or `content`.
 */
export function getEdition(): Edition {
	const snapshot = process.env.EDITION_SNAPSHOT;
	cached ??= snapshot ? readSnapshot(snapshot) : loadEdition(process.env.EDITION_CONTENT_DIR ?? 'content');
	return cached;
}
