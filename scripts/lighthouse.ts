/**
 * `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone on a throttled 4G
 * connection, simulated) on the home, thread, contribution and search pages of the built site
 * and on the reference site's thread (../shared/peers/starlight, built first), in the system Chromium, served compressed as a static host would. Prints the four category
 * scores and first and largest contentful paint, of the median of three runs. A benchmark, not
 * a test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import path from 'node:path';
import { table } from '../bench/measure-search.ts';
import { REFERENCE_THREAD, referenceSite } from '../bench/reference-site.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tools/browser.ts';
import { serveStatic } from '../tools/static-server.ts';

const pages = [
	['home', '/'],
	['thread', '/conversations/north-korea-sanctions-2013/'],
	['contribution', '/conversations/north-korea-sanctions-2013/c6/'],
	['search', '/search/?q=armistice'],
] as const;

const server = await serveStatic(path.resolve('dist'));
// The same text in a stock Starlight site, audited in the same run: ratios hold on a loaded machine.
const referenceDist = referenceSite();
const reference = referenceDist ? await serveStatic(referenceDist) : undefined;
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath(),
	chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: (string | number)[][] = [];
/** Runs per page (`LIGHTHOUSE_RUNS`, default 3). */
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);

/** One Lighthouse run; a run that fails to load the page (a cold browser can) is tried again. */
async function audit(url: string, attempts = 3) {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
	});
	const error = result
		? result.lhr.runtimeError
		: { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
	if (!error) return result!.lhr;
	if (attempts > 1) return audit(url, attempts - 1);
	throw new Error(`Lighthouse failed on ${url}: ${error.code} ${error.message}`);
}
const lcps = new Map<string, number>();
try {
	const targets: [string, string][] = pages.map(([name, url]) => [name, server.url + url]);
	if (reference) targets.push(['reference thread', reference.url + REFERENCE_THREAD]);
	for (const [name, url] of targets) {
		// Simulated timings vary from run to run by a tenth of a second or so: report the run with
		// the median largest contentful paint of several.
		const runs: Awaited<ReturnType<typeof audit>>[] = [];
		for (let run = 0; run < RUNS; run++) runs.push(await audit(url));
		const lcp = (lhr: (typeof runs)[number]) =>
			lhr.audits['largest-contentful-paint']?.numericValue ?? 0;
		const median = runs.sort((a, b) => lcp(a) - lcp(b))[Math.floor(RUNS / 2)]!;
		const { categories, audits } = median;
		lcps.set(name, lcp(median));
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		rows.push([
			name,
			score('performance'),
			score('accessibility'),
			score('best-practices'),
			score('seo'),
			audits['first-contentful-paint']?.displayValue ?? '',
			audits['largest-contentful-paint']?.displayValue ?? '',
			audits['cumulative-layout-shift']?.displayValue ?? '',
		]);
	}
} finally {
	chrome.kill();
	await server.close();
	await reference?.close();
}
console.log(`\nLighthouse, mobile preset (median of ${RUNS} runs by LCP)\n`);
console.log(table(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'CLS'], rows));
const referenceLcp = lcps.get('reference thread');
if (referenceLcp)
	console.log(
		`\nThread LCP: ${(lcps.get('thread')! / referenceLcp).toFixed(2)} × the reference site's, in this run`,
	);
else console.log('\n(The reference site was not found: no LCP ratio.)');
