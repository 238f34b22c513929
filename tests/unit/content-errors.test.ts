import { readdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/loader/content-error.ts';
import { loadEdition } from '../../src/loader/load-edition.ts';
import { brokenCases as cases } from '../fixtures/broken-cases.ts';
import { fixtureProject } from '../support/fixtures.ts';

/** A line of a file outside the repository that the hostile fixtures try to read. */
const OUTSIDE = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;

function problemsFor(brokenCase: string): readonly ContentProblem[] {
	const { projectDir } = fixtureProject(brokenCase);
	try {
		loadEdition('content', projectDir);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	throw new Error(`${brokenCase}: the content loaded without complaint`);
}

describe('each class of editor mistake stops the build with file, field and line', () => {
	it('has a test for every broken fixture folder', () => {
		expect(Object.keys(cases).sort()).toEqual(readdirSync('tests/fixtures/broken').sort());
	});

	for (const [name, expected] of Object.entries(cases)) {
		it(name, { timeout: 30_000 }, () => {
			const problems = problemsFor(name);
			expect(problems).toContainEqual({
				file: expected.file,
				field: expected.field,
				line: expected.line,
				message: expect.stringMatching(expected.message),
			});
			// Reported once, with nothing following on from it in other files.
			if (expected.alone) expect(problems).toHaveLength(1);
			// Nothing read from outside the repository is quoted back, however the message is worded.
			if (expected.security) expect(JSON.stringify(problems)).not.toContain(OUTSIDE);
		});
	}

	it('an unreadable contribution is reported, and later ones are not blamed for its absence', () => {
		const problems = problemsFor('unreadable-contribution');
		expect(problems.map((p) => p.file)).toEqual([
			'content/conversations/mini/contributions/01-first.md',
			'content/conversations/mini/contributions/01-first.md',
		]);
	});

	it('a broken references.json is reported once, not again by every note that cites it', () => {
		expect(problemsFor('malformed-references')).toHaveLength(1);
	});

	it('the valid fixture loads', { timeout: 30_000 }, () => {
		const { projectDir } = fixtureProject();
		const edition = loadEdition('content', projectDir);
		expect(edition.conversations[0]?.contributions.map((c) => c.id)).toEqual(['c1', 'c2']);
		// The archive and the notes' plain text serve the checks only; no page reads them from the snapshot.
		expect(edition.conversations[0]).not.toHaveProperty('sourceText');
		expect(edition.conversations[0]?.annotations[0]).toBeDefined();
		expect(edition.conversations[0]?.annotations[0]).not.toHaveProperty('text');
	});

	it('names the content folder the edition is read from, whatever it is called', () => {
		const { projectDir, contentDir } = fixtureProject('unknown-speaker');
		renameSync(contentDir, path.join(projectDir, 'edition'));
		const problems = (() => {
			try {
				loadEdition('edition', projectDir);
			} catch (error) {
				if (error instanceof ContentError) return error.problems;
				throw error;
			}
			return [];
		})();
		expect(problems).toContainEqual({
			file: 'edition/conversations/mini/contributions/02-reply.md',
			field: 'speaker',
			line: 4,
			message: expect.stringContaining('no such speaker in edition/speakers/'),
		});
	});

	it('formats one problem a line, file:line first', () => {
		const error = new ContentError([
			{ file: 'content/a.md', field: 'speaker', line: 4, message: 'is wrong' },
		]);
		expect(error.message).toBe('The content has 1 problem:\n  content/a.md:4 speaker: is wrong');
	});
});
