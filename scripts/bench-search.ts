/**
 * `npm run bench:search`: the bytes fetched and milliseconds to first results for a set of
 * queries, cold and warm, in the system Chromium, against the built site in dist/; then one
 * reader's search ("Cui Tiankai" in the dialog) beside the reference Starlight site's own dialog,
 * split into engine, WebAssembly, index, fragments and interface.
 * A benchmark, not a test: it prints figures and fails only if it cannot run.
 */
import path from 'node:path';
import { BENCH_QUERIES, measureSearch, table } from '../bench/measure-search.ts';
import { referenceSite } from '../bench/reference-site.ts';
import { compareSearchBytes } from '../bench/search-bytes.ts';
import { launchChromium } from '../tools/browser.ts';

const browser = await launchChromium();
try {
	const measures = await measureSearch(
		browser,
		path.resolve('dist'),
		BENCH_QUERIES,
		'/conversations/north-korea-sanctions-2013/',
	);
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	console.log(
		table(
			['query', 'results', 'cold KB', 'cold ms', 'warm KB', 'warm ms'],
			measures.map((m) => [
				m.query,
				m.results,
				kb(m.coldBytes),
				m.coldMs,
				kb(m.warmBytes),
				m.warmMs,
			]),
		),
	);
	const compared = await compareSearchBytes(browser, path.resolve('dist'), referenceSite());
	console.log(`\nOne search, “${compared.ours.query}”, in each site's own dialog (gzip as sent)\n`);
	console.log(table(compared.headers, compared.rows));
	console.log(
		compared.ratio === undefined
			? '\nNo reference site: comparison left out.'
			: `\nOurs ÷ reference: ${compared.ratio}× (goal ≤ 0.9×)`,
	);
} finally {
	await browser.close();
}
