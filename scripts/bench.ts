/**
 * `npm run bench`: measures the edition and writes `bench/results.json`. A benchmark, not a
 * test: it prints figures and fails only if it cannot run. It measures:
 *
 * 1. pages: for each page type of the built site in dist/, what a first visit fetches in the
 *    real browser at 1280 and 390 px (HTML, CSS, JavaScript, fonts, icons; gzip), beside the
 *    reference site's thread (../shared/peers/starlight, built in the same run);
 * 2. search: bytes fetched and milliseconds to first results for ten queries, cold and warm, in
 *    the system Chromium; and one reader's search beside the reference Starlight site's own
 *    dialog (built in the same run), split into engine, WebAssembly, index and fragments;
 * 3. scale: a synthetic corpus of N conversations (from a seed, shaped like the real one) built
 *    with the real pipeline, twice (a first build that draws every card, then a rebuild that
 *    finds them drawn): build times, peak memory, dist/ and index size, search bytes; and, in
 *    the same run, a plain Astro site of as many pages from the same words in plain Markdown
 *    (bench/plain-astro.ts), our build times printed as multiples of its time.
 *
 * `BENCH_SIZES=10,100` runs a shorter scale series (default 10,100,1000).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderBytes, measureBuild } from '../bench/measure-build.ts';
import { BENCH_QUERIES, measureSearch, table } from '../bench/measure-search.ts';
import { firstVisits, type FirstVisit } from '../bench/first-visit.ts';
import { pageWeight } from '../bench/page-weight.ts';
import { buildPlainSite, htmlPageCount, writePlainSite } from '../bench/plain-astro.ts';
import { REFERENCE_THREAD, referenceSite } from '../bench/reference-site.ts';
import { compareSearchBytes } from '../bench/search-bytes.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { launchChromium } from '../tools/browser.ts';

const dist = path.resolve('dist');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);

// 1. Pages: what the page data says it links to, and what the real browser fetches at two widths,
// beside the reference site (the same text in a stock Starlight site) measured in the same run.
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
const browser = await launchChromium();
const WIDTHS = [1280, 390];
const ours = await firstVisits(
	browser,
	dist,
	pageTypes.map(([, url]) => url),
	WIDTHS,
);
const referenceDist = referenceSite();
const reference = referenceDist
	? await firstVisits(browser, referenceDist, [REFERENCE_THREAD], WIDTHS)
	: [];
const visitRow = (name: string, visit: FirstVisit) => [
	name,
	visit.width,
	visit.files.length,
	kb(visit.bytes.html),
	kb(visit.bytes.css),
	kb(visit.bytes.js),
	kb(visit.bytes.font),
	kb(visit.bytes.image + visit.bytes.other),
	kb(visit.bytes.total),
];
console.log(
	'\nWhat a first visit fetches, in Chromium at each width (KB, gzip -9 of the files it asked for; fonts as sent)\n',
);
console.log(
	table(
		['page', 'width', 'requests', 'HTML', 'CSS', 'JS', 'fonts', 'icons', 'total'],
		[
			...ours.map((visit) => visitRow(pageTypes.find(([, url]) => url === visit.url)![0], visit)),
			...reference.map((visit) => visitRow('reference site (thread)', visit)),
		],
	),
);
if (!referenceDist) console.log('(The reference site was not found: nothing to compare with.)');
for (const width of WIDTHS) {
	const thread = ours.find((v) => v.width === width && v.url === pageTypes[1]![1])!;
	const peer = reference.find((v) => v.width === width);
	if (peer)
		console.log(
			`Thread at ${width} px: ${(thread.bytes.total / peer.bytes.total).toFixed(2)} × the reference site`,
		);
}

// 2. Search, on the real edition.
const search = await measureSearch(
	browser,
	dist,
	BENCH_QUERIES,
	'/conversations/north-korea-sanctions-2013/',
);
console.log('\nSearch in the dialog (KB gzip fetched; ms from the last key to the first result)\n');
console.log(
	table(
		['query', 'results', 'cold KB', 'cold ms', 'warm KB', 'warm ms'],
		search.map((m) => [m.query, m.results, kb(m.coldBytes), m.coldMs, kb(m.warmBytes), m.warmMs]),
	),
);

// 2b. One reader's search beside the reference site's own dialog, in the same run.
const compared = await compareSearchBytes(browser, dist, referenceDist);
console.log(
	`\nOne search, “${compared.ours.query}”, in each site's own dialog (KB gzip as sent)\n`,
);
console.log(table(compared.headers, compared.rows));
console.log(
	compared.ratio === undefined
		? '\nNo reference site: comparison left out.'
		: `\nOurs ÷ reference: ${compared.ratio}× (goal ≤ 0.9×)`,
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
	// The cards in a folder of this run's own: the first build draws them all, as on a fresh
	// clone; the second, an editor's rebuild with nothing changed, finds them all drawn.
	const cards = { EDITION_CARD_CACHE: path.join(work, `${size}`, 'cards') };
	const build = await measureBuild(contentDir, distDir, cards);
	if (!build.ok) throw new Error(`The ${size}-conversation build failed:\n${build.output}`);
	const rebuild = await measureBuild(contentDir, distDir, cards);
	if (!rebuild.ok) throw new Error(`The ${size}-conversation rebuild failed:\n${rebuild.output}`);
	const queries = await measureSearch(browser, distDir, synthetic, '/');
	// The yardstick: a plain Astro site of as many pages from the same words, built in this run.
	const plainDir = path.join(work, `${size}`, 'plain');
	writePlainSite(plainDir, contentDir, htmlPageCount(distDir));
	const plain = await buildPlainSite(plainDir);
	if (!plain.ok)
		throw new Error(`The plain ${size}-conversation site failed to build:\n${plain.output}`);
	scale.push({
		conversations: size,
		contributions: size * 7,
		pages: htmlPageCount(distDir),
		buildSeconds: Number(build.seconds.toFixed(1)),
		plainSeconds: Number(plain.seconds.toFixed(1)),
		timesPlain: Number((build.seconds / plain.seconds).toFixed(2)),
		rebuildSeconds: Number(rebuild.seconds.toFixed(1)),
		rebuildTimesPlain: Number((rebuild.seconds / plain.seconds).toFixed(2)),
		plainPeakMb: plain.peakMb,
		peakMb: Math.max(build.peakMb, rebuild.peakMb),
		distMb: Number((folderBytes(distDir) / 1e6).toFixed(1)),
		indexMb: Number((folderBytes(path.join(distDir, 'pagefind')) / 1e6).toFixed(1)),
		firstSearchKb: Number(kb(Math.max(...queries.map((q) => q.coldBytes)))),
		laterSearchKb: Number(kb(Math.max(...queries.map((q) => q.warmBytes)))),
		steps: build.output.split('\n').filter((line) => line.startsWith('✓')),
		rebuildSteps: rebuild.output.split('\n').filter((line) => line.startsWith('✓')),
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
		[
			'conversations',
			'pages',
			'build s',
			'rebuild s',
			'plain Astro s',
			'× plain',
			'rebuild × plain',
			'peak MB',
			'dist MB',
			'index MB',
			'1st search KB',
			'later KB',
		],
		scale.map((s) => [
			s.conversations,
			s.pages,
			s.buildSeconds,
			s.rebuildSeconds,
			s.plainSeconds,
			s.timesPlain,
			s.rebuildTimesPlain,
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
	JSON.stringify(
		{
			measured: new Date().toISOString(),
			pages,
			firstVisits: { ours, reference },
			search,
			searchVsReference,
			scale,
		},
		null,
		2,
	) + '\n',
);
console.log('\nWritten to bench/results.json');
