/**
 * `npm run bench`: measures the edition and writes `bench/results.json`. A benchmark, not a
 * test: it prints figures and fails only if it cannot run. It measures:
 *
 * 1. pages: for each page type of the built site in dist/, the requests and bytes (HTML, CSS,
 *    JavaScript, fonts; gzip and brotli) of a first visit;
 * 2. search: bytes fetched and milliseconds to first results for ten queries, cold and warm, in
 *    the system Chromium; and one reader's search beside the reference Starlight site's own
 *    dialog (built in the same run), split into engine, WebAssembly, index and fragments;
 * 3. scale: a synthetic corpus of N conversations (from a seed, shaped like the real one) built
 *    with the real pipeline: build time, peak memory, dist/ and index size, search bytes; and,
 *    in the same run, a plain Astro site of as many pages from the same words in plain Markdown
 *    (bench/plain-astro.ts), our build time printed as a multiple of its time.
 *
 * `BENCH_SIZES=10,100` runs a shorter scale series (default 10,100,1000).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderBytes, measureBuild } from '../bench/measure-build.ts';
import { BENCH_QUERIES, measureSearch, table } from '../bench/measure-search.ts';
import { pageWeight } from '../bench/page-weight.ts';
import { buildPlainSite, htmlPageCount, writePlainSite } from '../bench/plain-astro.ts';
import { referenceSiteDir } from '../bench/reference-site.ts';
import { compareSearchBytes } from '../bench/search-bytes.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { launchChromium } from '../tests/support/browser.ts';

const dist = path.resolve('dist');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);

// 1. Pages.
const pageTypes: [string, string][] = [
	['home', '/'],
	['thread', '/conversations/north-korea-sanctions-2013/'],
	['contribution', '/conversations/north-korea-sanctions-2013/c6/'],
	['speaker', '/speakers/john-delury/'],
	['person', '/people/cui-tiankai/'],
	['names A–Z', '/people/'],
	['search', '/search/'],
];
const pages = pageTypes.map(([type, url]) => ({ type, url, ...pageWeight(dist, url) }));
console.log('\nWhat a first visit fetches (KB; fonts are fetched once for the whole site)\n');
console.log(
	table(
		['page', 'requests', 'HTML gz', 'CSS gz', 'JS gz', 'total gz', 'total br', 'fonts'],
		pages.map((p) => [
			p.type,
			p.requests,
			kb(p.html.gzip),
			kb(p.css.gzip),
			kb(p.js.gzip),
			kb(p.total.gzip),
			kb(p.total.brotli),
			kb(p.fonts.raw),
		]),
	),
);

// 2. Search, on the real edition.
const browser = await launchChromium();
const search = await measureSearch(browser, dist, BENCH_QUERIES, '/conversations/north-korea-sanctions-2013/');
console.log('\nSearch in the dialog (KB gzip fetched; ms from the last key to the first result)\n');
console.log(
	table(
		['query', 'results', 'cold KB', 'cold ms', 'warm KB', 'warm ms'],
		search.map((m) => [m.query, m.results, kb(m.coldBytes), m.coldMs, kb(m.warmBytes), m.warmMs]),
	),
);

// 2b. One reader's search beside the reference site's own dialog, in the same run.
const reference = referenceSiteDir();
const compared = await compareSearchBytes(browser, dist, reference);
console.log(`\nOne search, “${compared.ours.query}”, in each site's own dialog (KB gzip as sent)\n`);
console.log(table(compared.headers, compared.rows));
console.log(
	compared.ratio === undefined ? '\nNo reference site: comparison left out.' : `\nOurs ÷ reference: ${compared.ratio}× (goal ≤ 0.9×)`,
);
const searchVsReference = {
	query: compared.ours.query,
	ratio: compared.ratio,
	ours: compared.ours.split,
	reference: compared.theirs?.split,
};

// 3. Scale.
const scale = [];
const work = path.resolve('bench/tmp');
for (const size of sizes) {
	const contentDir = path.join(work, `${size}`, 'content');
	const distDir = path.join(work, `${size}`, 'dist');
	mkdirSync(path.dirname(contentDir), { recursive: true });
	const { queries: synthetic } = writeSyntheticCorpus(contentDir, size);
	const build = await measureBuild(contentDir, distDir);
	if (!build.ok) throw new Error(`The ${size}-conversation build failed:\n${build.output}`);
	const queries = await measureSearch(browser, distDir, synthetic, '/');
	// The yardstick: a plain Astro site of as many pages from the same words, built in this run.
	const plainDir = path.join(work, `${size}`, 'plain');
	writePlainSite(plainDir, contentDir, htmlPageCount(distDir));
	const plain = await buildPlainSite(plainDir);
	if (!plain.ok) throw new Error(`The plain ${size}-conversation site failed to build:\n${plain.output}`);
	scale.push({
		conversations: size,
		contributions: size * 7,
		pages: htmlPageCount(distDir),
		buildSeconds: Number(build.seconds.toFixed(1)),
		plainSeconds: Number(plain.seconds.toFixed(1)),
		timesPlain: Number((build.seconds / plain.seconds).toFixed(2)),
		plainPeakMb: plain.peakMb,
		peakMb: build.peakMb,
		distMb: Number((folderBytes(distDir) / 1e6).toFixed(1)),
		indexMb: Number((folderBytes(path.join(distDir, 'pagefind')) / 1e6).toFixed(1)),
		firstSearchKb: Number(kb(Math.max(...queries.map((q) => q.coldBytes)))),
		laterSearchKb: Number(kb(Math.max(...queries.map((q) => q.warmBytes)))),
		steps: build.output.split('\n').filter((line) => line.startsWith('✓')),
		plainSteps: plain.output.split('\n').filter((line) => line.startsWith('✓')),
	});
	rmSync(path.join(work, `${size}`), { recursive: true, force: true });
}
await browser.close();
console.log(
	'\nScale: synthetic conversations built with the real pipeline, beside a plain Astro site of as many pages (goal ≤ 2× plain)\n',
);
console.log(
	table(
		['conversations', 'pages', 'build s', 'plain Astro s', '× plain', 'peak MB', 'dist MB', 'index MB', '1st search KB', 'later KB'],
		scale.map((s) => [
			s.conversations,
			s.pages,
			s.buildSeconds,
			s.plainSeconds,
			s.timesPlain,
			s.peakMb,
			s.distMb,
			s.indexMb,
			s.firstSearchKb,
			s.laterSearchKb,
		]),
	),
);

writeFileSync(
	'bench/results.json',
	JSON.stringify({ measured: new Date().toISOString(), pages, search, searchVsReference, scale }, null, 2) + '\n',
);
console.log('\nWritten to bench/results.json');
