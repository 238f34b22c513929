/**
 * `npm run build`: checks the content, builds the site into a fresh folder, indexes it for search,
 * draws its link-preview cards, writes its security headers, and only then swaps it in for
 * `dist/`. Any failure leaves the last good `dist/` exactly as it was.
 *
 * Environment: `EDITION_CONTENT_DIR` (default `content`) and `EDITION_DIST_DIR` (default `dist`)
 * let the tests build fixture content without touching the real site; `EDITION_CARD_CACHE` keeps
 * the drawn cards elsewhere than `node_modules/.cache/edition-cards` (the bench's own folder).
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CardCache } from '../src/cards/card-cache.ts';
import { writeCards } from '../src/cards/write-cards.ts';
import type { PreparedEdition } from '../src/loader/load-in-parallel.ts';
import { readSnapshot } from '../src/loader/snapshot.ts';
import { htmlFiles } from '../src/core/built-pages.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { headersFile, inlineStyleHashes } from '../src/security/headers.ts';

const started = performance.now();
const contentDir = process.env.EDITION_CONTENT_DIR ?? 'content';
const distDir = path.resolve(process.env.EDITION_DIST_DIR ?? 'dist');
const workDir = path.resolve('.build');
const nextDir = path.join(workDir, `next-${process.pid}`);
const oldDir = path.join(workDir, `old-${process.pid}`);

function removeSnapshot() {
	if (!existsSync(workDir)) return;
	for (const file of readdirSync(workDir).filter((name) =>
		name.startsWith(`edition-${process.pid}-`),
	))
		rmSync(path.join(workDir, file), { force: true });
}

function fail(message: string): never {
	rmSync(nextDir, { recursive: true, force: true });
	removeSnapshot();
	console.error(
		`\n✖ Build stopped. ${existsSync(distDir) ? `The last good site in ${path.relative('.', distDir)}/ is unchanged.` : 'Nothing was published.'}\n\n${message}\n`,
	);
	process.exit(1);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
mkdirSync(workDir, { recursive: true });
const snapshotBase = path.join(workDir, `edition-${process.pid}`);

// 1. Content first: every editor's mistake is reported here, before anything is built. The
//    checked, rendered edition is handed to Astro as a snapshot, so it is made only once.
let step = performance.now();
const prepared = spawnSync(
	process.execPath,
	[path.resolve('scripts/prepare-content.ts'), contentDir, snapshotBase],
	{
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		maxBuffer: 64 * 1024 * 1024,
	},
);
if (prepared.status !== 0) fail(prepared.stderr.trim() || 'The content could not be read.');
const summary = JSON.parse(prepared.stdout) as PreparedEdition;
const snapshot = summary.snapshot;
console.log(
	`✓ Content: ${summary.conversations} conversation(s), ${summary.contributions} contributions, ${summary.notes} notes, ${summary.speakers} speakers, ${summary.people} people (${seconds(step)})`,
);

// 2. The site, built into a fresh folder beside dist/.
step = performance.now();
rmSync(nextDir, { recursive: true, force: true });
const astro = createRequire(import.meta.url)
	.resolve('astro/package.json')
	.replace(/package\.json$/, 'bin/astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', '--silent'], {
	stdio: 'inherit',
	env: {
		...process.env,
		EDITION_OUT_DIR: nextDir,
		EDITION_SNAPSHOT: snapshot,
		ASTRO_TELEMETRY_DISABLED: '1',
	},
});
if (result.status !== 0) fail('Astro could not build the site; its messages are above.');
console.log(`✓ Pages (${seconds(step)})`);

// 3. The search index, while this process holds little: Pagefind's own process needs the room.
try {
	step = performance.now();
	const pages = await buildSearchIndex(nextDir);
	console.log(`✓ Search index: ${pages} pages (${seconds(step)})`);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

// 4. Each contribution's link-preview card, drawn only when its words have changed.
try {
	step = performance.now();
	const cacheDir = process.env.EDITION_CARD_CACHE;
	const cache = cacheDir ? new CardCache(path.resolve(cacheDir)) : new CardCache();
	const cards = await writeCards(readSnapshot(snapshot), nextDir, cache);
	console.log(
		`✓ Link-preview cards: ${cards.drawn} drawn, ${cards.reused} unchanged (${seconds(step)})`,
	);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
} finally {
	removeSnapshot();
}

// 5. Security headers for static hosts.
writeFileSync(path.join(nextDir, '_headers'), headersFile(inlineStyleHashes(htmlSources(nextDir))));

// 6. Swap: two renames, so dist/ is never half-written (its parent made first, if new).
mkdirSync(path.dirname(distDir), { recursive: true });
if (existsSync(distDir)) renameSync(distDir, oldDir);
renameSync(nextDir, distDir);
rmSync(oldDir, { recursive: true, force: true });
console.log(`✓ Built ${path.relative('.', distDir)}/ in ${seconds(started)}`);

/** The text of every HTML page under a folder, read one at a time, so thousands are never held at once. */
function* htmlSources(dir: string): Generator<string> {
	for (const file of htmlFiles(dir)) yield readFileSync(file, 'utf8');
}
