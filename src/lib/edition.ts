import { loadEdition } from '../loader/load-edition.ts';
import type { Edition } from '../loader/model.ts';

let cached: Edition | undefined;

/**
 * The edition for pages to lay out, loaded once per build. The content folder can be
 * redirected with `EDITION_CONTENT_DIR` (the tests build small fixture folders that way).
 */
export function getEdition(): Edition {
	cached ??= loadEdition(process.env.EDITION_CONTENT_DIR ?? 'content');
	return cached;
}
