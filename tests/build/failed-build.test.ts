import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCases } from '../fixtures/broken-cases.ts';
import { buildFixture as build, lastGoodSite } from '../support/build-fixture.ts';
import { fixtureProject } from '../support/fixtures.ts';

/** A line of a file outside the repository that the hostile fixtures try to read. */
const OUTSIDE = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;

/**
 * Every broken fixture goes through the loader in tests/unit/content-errors.test.ts, in-process,
 * where its file, field, line and message are checked and hostile text is kept out of the message.
 * A few go through the whole build as well, to prove what only the build can show: the exit code,
 * the message as printed, dist/ untouched, and nothing read from outside the repository printed.
 * They are a mistake in one file's fields, one found across files, a source outside the content
 * folder, a symbolic link out of it, and hostile Markdown.
 */
const END_TO_END = [
	'unknown-speaker',
	'note-quote-missing',
	'source-outside-folder',
	'symlinked-speaker',
	'javascript-link-in-note',
];

describe('an editor mistake fails the real build loudly and loses nothing', () => {
	it('runs only broken fixtures that exist', () => {
		expect(readdirSync('tests/fixtures/broken')).toEqual(expect.arrayContaining(END_TO_END));
	});

	for (const [name, expected] of Object.entries(brokenCases).filter(([name]) =>
		END_TO_END.includes(name),
	)) {
		it(`${name}: exit code 1, "${expected.file}:${expected.line} ${expected.field}", and dist/ untouched`, () => {
			const { contentDir } = fixtureProject(name);
			const distDir = lastGoodSite();

			const result = build(contentDir, distDir);

			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(
				/Build stopped\. The last good site in .*dist\/ is unchanged\./,
			);
			const line = result.stderr
				.split('\n')
				.find((l) => l.includes(`${expected.file}:${expected.line} ${expected.field}: `));
			expect(line, result.stderr).toBeDefined();
			expect(line!.slice(line!.indexOf(`${expected.field}: `) + expected.field.length + 2)).toMatch(
				expected.message,
			);
			expect(readdirSync(distDir)).toEqual(['index.html']);
			expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).toBe('the last good site');
			// Nothing read from outside the repository is printed, however the message is worded.
			if (expected.security) expect(result.stderr + result.stdout).not.toContain(OUTSIDE);
		});
	}

	it('a good build of the fixture replaces dist/ whole', () => {
		const { contentDir } = fixtureProject();
		const distDir = lastGoodSite();
		writeFileSync(path.join(distDir, 'stale.html'), 'left over');

		const result = build(contentDir, distDir);

		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(path.join(distDir, 'conversations/mini/index.html'), 'utf8')).toContain(
			'A Small Debate?',
		);
		expect(() => readFileSync(path.join(distDir, 'stale.html'))).toThrow();
	});

	it('a dist folder whose parent does not exist yet is made, not a crash', () => {
		const { contentDir } = fixtureProject();
		const distDir = path.join(
			mkdtempSync(path.join(tmpdir(), 'edition-new-')),
			'not',
			'yet',
			'dist',
		);

		const result = build(contentDir, distDir);

		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(path.join(distDir, 'conversations/mini/index.html'), 'utf8')).toContain(
			'A Small Debate?',
		);
	});
});
