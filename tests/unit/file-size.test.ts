import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/** A source file longer than this is doing two jobs: split it by job. */
const MOST_LINES = 250;

it(`no source file under src/ is longer than ${MOST_LINES} lines`, () => {
	const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(ts|astro)$/.test(file) && !file.startsWith('citations/styles/'))
		.map((file) => `src/${file}`);
	expect(files.length).toBeGreaterThan(100);
	const long = files.filter(
		(file) => readFileSync(file, 'utf8').trimEnd().split('\n').length > MOST_LINES,
	);
	expect(long).toEqual([]);
});
