import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures');

/**
 * A throw-away project folder holding `content/`: the minimal valid fixture, with the files of
 * `tests/fixtures/broken/<brokenCase>/` laid over it when a case is named.
 */
export function fixtureProject(brokenCase?: string): { projectDir: string; contentDir: string } {
	const projectDir = mkdtempSync(path.join(tmpdir(), 'edition-fixture-'));
	const contentDir = path.join(projectDir, 'content');
	cpSync(path.join(FIXTURES, 'minimal', 'content'), contentDir, { recursive: true });
	if (brokenCase) cpSync(path.join(FIXTURES, 'broken', brokenCase), contentDir, { recursive: true });
	return { projectDir, contentDir };
}
