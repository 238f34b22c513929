/**
 * `npm run bench:search`: the bytes fetched and milliseconds to first results for a set of
 * queries, cold and warm, in the system Chromium, against the built site in dist/.
 * A benchmark, not a test: it prints figures and fails only if it cannot run.
 */
import path from 'node:path';
import { BENCH_QUERIES, measureSearch, table } from '../bench/measure-search.ts';
import { launchChromium } from '../tools/browser.ts';

const browser = await launchChromium();
try {
	const measures = await measureSearch(browser, path.resolve('dist'), BENCH_QUERIES, '/conversations/north-korea-sanctions-2013/');
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	console.log(
		table(
			['query', 'results', 'cold KB', 'cold ms', 'warm KB', 'warm ms'],
			measures.map((m) => [m.query, m.results, kb(m.coldBytes), m.coldMs, kb(m.warmBytes), m.warmMs]),
		),
	);
} finally {
	await browser.close();
}
