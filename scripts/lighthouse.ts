/**
 * `npm run lighthouse`: Lighthouse (mobile preset: a mid-range phone on a throttled 4G
 * connection, simulated) on the home, thread, contribution and search pages of the built site,
 * in the system Chromium. Prints the four category scores and first and largest contentful
 * paint. A benchmark, not a test.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import path from 'node:path';
import { table } from '../bench/measure-search.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const pages = [
	['home', '/'],
	['thread', '/conversations/north-korea-sanctions-2013/'],
	['contribution', '/conversations/north-korea-sanctions-2013/c6/'],
	['search', '/search/?q=armistice'],
] as const;

const server = await serveStatic(path.resolve('dist'));
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath(),
	chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: (string | number)[][] = [];
try {
	for (const [name, url] of pages) {
		const result = await lighthouse(server.url + url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { categories, audits, runtimeError } = result.lhr;
		if (runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
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
}
console.log('\nLighthouse, mobile preset\n');
console.log(table(['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'CLS'], rows));
