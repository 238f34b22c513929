/**
 * `npm run build`: checks the content, builds the site into a fresh folder, indexes it for
 * search, writes its security headers, and only then swaps it in for `dist/`. Any failure leaves the last good `dist/`
 * exactly as it was.
 *
 * Environment: `EDITION_CONTENT_DIR` (default `content`) and `EDITION_DIST_DIR` (default `dist`)
 * let the tests build fixture content without touching the real site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ContentError } from '../src/loader/content-error.ts';
import { checkContent } from '../src/loader/load-edition.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { headersFile } from '../src/security/headers.ts';

const started = performance.now();
const contentDir = process.env.EDITION_CONTENT_DIR ?? 'content';
const distDir = path.resolve(process.env.EDITION_DIST_DIR ?? 'dist');
const workDir = path.resolve('.build');
const nextDir = path.join(workDir, `next-${process.pid}`);
const oldDir = path.join(workDir, `old-${process.pid}`);

function fail(message: string): never {
	rmSync(nextDir, { recursive: true, force: true });
	console.error(
		`\n✖ Build stopped. ${existsSync(distDir) ? `The last good site in ${path.relative('.', distDir)}/ is unchanged.` : 'Nothing was published.'}\n\n${message}\n`,
	);
	process.exit(1);
}

// 1. Content first: every editor's mistake is reported here, before anything is built.
try {
	const content = checkContent(contentDir);
	const count = (of: (c: (typeof content.conversations)[number]) => number) => content.conversations.reduce((sum, c) => sum + of(c), 0);
	console.log(
		`✓ Content: ${content.conversations.length} conversation(s), ${count((c) => c.contributions.length)} contributions, ${count((c) => c.annotations.length)} notes, ${content.speakers.length} speakers, ${content.people.length} people`,
	);
} catch (error) {
	if (error instanceof ContentError) fail(error.message);
	throw error;
}

// 2. The site, built into a fresh folder beside dist/.
mkdirSync(workDir, { recursive: true });
rmSync(nextDir, { recursive: true, force: true });
const astro = createRequire(import.meta.url)
	.resolve('astro/package.json')
	.replace(/package\.json$/, 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--silent'], {
	stdio: 'inherit',
	env: { ...process.env, EDITION_OUT_DIR: nextDir, EDITION_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) fail('Astro could not build the site; its messages are above.');

// 3. The search index.
try {
	const pages = await buildSearchIndex(nextDir);
	console.log(`✓ Search index: ${pages} pages`);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

// 4. Security headers for static hosts.
writeFileSync(path.join(nextDir, '_headers'), headersFile());

// 5. Swap: two renames, so dist/ is never half-written.
if (existsSync(distDir)) renameSync(distDir, oldDir);
renameSync(nextDir, distDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Built ${path.relative('.', distDir)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
