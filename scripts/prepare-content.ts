/**
 * Step 1 of `npm run build`, in a process of its own so that all the memory it takes is given
 * back before Astro starts: loads, checks and renders the content (on every core) and writes the
 * snapshot Astro lays out. Prints a JSON summary; on an editor's mistake, prints the problems
 * and exits with 1.
 *
 * Usage: node scripts/prepare-content.ts <content folder> <snapshot base path>
 */
import { ContentError } from '../src/loader/content-error.ts';
import { prepareEdition } from '../src/loader/load-in-parallel.ts';

const [contentDir = 'content', snapshotBase = '.build/edition'] = process.argv.slice(2);
try {
	console.log(JSON.stringify(await prepareEdition(contentDir, snapshotBase)));
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
