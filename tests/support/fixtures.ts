import { cpSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures');

/**
 * A throw-away project folder holding `content/`: the minimal valid fixture, with the files of
 * `tests/fixtures/<kind>/<name>/` laid over it when a case is named (`broken/` by default:
 * mistakes the build must refuse; `accepted/`: content it must build).
 */
export function fixtureProject(
	name?: string,
	kind: 'broken' | 'accepted' = 'broken',
): { projectDir: string; contentDir: string } {
	const projectDir = mkdtempSync(path.join(tmpdir(), 'edition-fixture-'));
	const contentDir = path.join(projectDir, 'content');
	cpSync(path.join(FIXTURES, 'minimal', 'content'), contentDir, { recursive: true });
	if (name) {
		const overlay = path.join(FIXTURES, kind, name);
		// A symbolic link is copied as a link, which cannot replace a file: remove the file first.
		for (const entry of readdirSync(overlay, { recursive: true, encoding: 'utf8' })) {
			if (lstatSync(path.join(overlay, entry)).isSymbolicLink())
				rmSync(path.join(contentDir, entry), { force: true });
		}
		cpSync(overlay, contentDir, { recursive: true });
	}
	return { projectDir, contentDir };
}
