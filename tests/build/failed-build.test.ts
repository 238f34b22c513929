import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from '../support/fixtures.ts';

/** Runs `npm run build`'s script on fixture content, into a dist folder of the test's own. */
function build(contentDir: string, distDir: string) {
	return spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, EDITION_CONTENT_DIR: contentDir, EDITION_DIST_DIR: distDir },
	});
}

describe('a failed build loses nothing', () => {
	for (const brokenCase of ['unknown-speaker', 'drifted-paragraph', 'malformed-yaml']) {
		it(`${brokenCase}: exits non-zero, names the file, and leaves the last good dist/ untouched`, () => {
			const { contentDir } = fixtureProject(brokenCase);
			const distDir = path.join(mkdtempSync(path.join(tmpdir(), 'edition-dist-')), 'dist');
			mkdirSync(distDir);
			writeFileSync(path.join(distDir, 'index.html'), 'the last good site');

			const result = build(contentDir, distDir);

			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/Build stopped\. The last good site in .*dist\/ is unchanged\./);
			expect(result.stderr).toMatch(/contributions\/0[12]-(reply|first)\.md:\d+ (speaker|body|frontmatter): /);
			expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).toBe('the last good site');
		});
	}

	it('a good build of the fixture replaces dist/ whole', () => {
		const { contentDir } = fixtureProject();
		const distDir = path.join(mkdtempSync(path.join(tmpdir(), 'edition-dist-')), 'dist');
		mkdirSync(distDir);
		writeFileSync(path.join(distDir, 'stale.html'), 'left over');

		const result = build(contentDir, distDir);

		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(path.join(distDir, 'conversations/mini/index.html'), 'utf8')).toContain('A Small Debate?');
		expect(() => readFileSync(path.join(distDir, 'stale.html'))).toThrow();
	});
});
