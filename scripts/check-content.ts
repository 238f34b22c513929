/**
 * `npm run check:content`: the content checks alone (schemas, rules across files, the verbatim
 * text, note anchors, citation keys), the same code `npm run build` runs first, without
 * rendering or building anything. Prints every problem and exits with 1 if there is any.
 *
 * Environment: `EDITION_CONTENT_DIR` (default `content`), as for the build.
 */
import { performance } from 'node:perf_hooks';
import { ContentError } from '../src/loader/content-error.ts';
import { checkContent } from '../src/loader/load-edition.ts';

const started = performance.now();
const contentDir = process.env.EDITION_CONTENT_DIR ?? 'content';
// Processor time too: on a busy machine it says more about the checks than the clock does.
const seconds = () => {
	const { user, system } = process.cpuUsage();
	return `${((performance.now() - started) / 1000).toFixed(1)} s, ${((user + system) / 1e6).toFixed(1)} s of CPU`;
};
try {
	const drafts = checkContent(contentDir);
	const count = (items: readonly unknown[]) => items.length;
	const contributions = drafts.conversations.reduce((sum, c) => sum + c.contributions.length, 0);
	const notes = drafts.conversations.reduce((sum, c) => sum + c.annotations.length, 0);
	console.log(
		`✓ Content checked: ${count(drafts.conversations)} conversation(s), ${contributions} contributions, ${notes} notes, ${count(drafts.speakers)} speakers, ${count(drafts.people)} people (${seconds()})`,
	);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(`✖ ${error.message}\n(${seconds()})`);
	process.exit(1);
}
