import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The reference site's script: beside the project, in the shared folder every machine gets. */
const BUILD = path.resolve('../shared/peers/starlight/build.sh');

/** The reference site's thread, its only page of text: the same words in a stock Starlight site. */
export const REFERENCE_THREAD = '/';

let built: string | undefined;

/**
 * Builds the reference site (stock Starlight with the same text and its own Pagefind search) and
 * returns its dist/ folder, so that figures are measured beside it in the same run, since absolute
 * figures drift on a shared machine; `REFERENCE_DIST` names one already built. Built once per
 * run, however many measures ask. Without either, nothing is compared and the caller says so.
 */
export function referenceSite(): string | undefined {
	const given = process.env['REFERENCE_DIST'];
	if (given) return path.resolve(given);
	if (built) return built;
	if (!existsSync(BUILD)) return undefined;
	const printed = execFileSync('bash', [BUILD], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const dir = printed.trim().split('\n').at(-1);
	built = dir && existsSync(dir) ? dir : undefined;
	return built;
}
