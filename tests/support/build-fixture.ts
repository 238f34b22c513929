import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs `npm run build`'s script on fixture content, into a dist folder of the test's own. */
export function buildFixture(contentDir: string, distDir: string) {
	return spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, EDITION_CONTENT_DIR: contentDir, EDITION_DIST_DIR: distDir },
	});
}

/** A dist folder holding a last good site, which a failed build must leave as it is. */
export function lastGoodSite(): string {
	const distDir = path.join(mkdtempSync(path.join(tmpdir(), 'edition-dist-')), 'dist');
	mkdirSync(distDir);
	writeFileSync(path.join(distDir, 'index.html'), 'the last good site');
	return distDir;
}
