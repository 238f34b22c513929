import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCases } from '../fixtures/broken-cases.ts';
import { fixtureProject } from '../support/fixtures.ts';

/** Runs `npm run build`'s script on fixture content, into a dist folder of the test's own. */
function build(contentDir: string, distDir: string) {
	return spawnSync(process.execPath, ['scripts/build.ts'], {
		encoding: 'utf8',
		env: { ...process.env, EDITION_CONTENT_DIR: contentDir, EDITION_DIST_DIR: distDir },
	});
}

/** A dist folder holding a last good site, which a failed build must leave as it is. */
function lastGoodSite(): string {
	const distDir = path.join(mkdtempSync(path.join(tmpdir(), 'edition-dist-')), 'dist');
	mkdirSync(distDir);
	writeFileSync(path.join(distDir, 'index.html'), 'the last good site');
	return distDir;
}

describe('every class of editor mistake fails the real build loudly and loses nothing', () => {
	it('covers every broken fixture (at least 12 classes)', () => {
		expect(Object.keys(brokenCases).sort()).toEqual(readdirSync('tests/fixtures/broken').sort());
		expect(Object.keys(brokenCases).length).toBeGreaterThanOrEqual(12);
	});

	for (const [name, expected] of Object.entries(brokenCases)) {
		it(`${name}: exit code 1, "${expected.file}:${expected.line} ${expected.field}", and dist/ untouched`, () => {
			const { contentDir } = fixtureProject(name);
			const distDir = lastGoodSite();

			const result = build(contentDir, distDir);

			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/Build stopped\. The last good site in .*dist\/ is unchanged\./);
			const line = result.stderr.split('\n').find((l) => l.includes(`${expected.file}:${expected.line} ${expected.field}: `));
			expect(line, result.stderr).toBeDefined();
			expect(line!.slice(line!.indexOf(`${expected.field}: `) + expected.field.length + 2)).toMatch(expected.message);
			expect(readdirSync(distDir)).toEqual(['index.html']);
			expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).toBe('the last good site');
		});
	}

	it('a good build of the fixture replaces dist/ whole', () => {
		const { contentDir } = fixtureProject();
		const distDir = lastGoodSite();
		writeFileSync(path.join(distDir, 'stale.html'), 'left over');

		const result = build(contentDir, distDir);

		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(path.join(distDir, 'conversations/mini/index.html'), 'utf8')).toContain('A Small Debate?');
		expect(() => readFileSync(path.join(distDir, 'stale.html'))).toThrow();
	});
});
