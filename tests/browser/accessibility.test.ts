import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../tools/dist.ts';
import { useSite } from '../support/site.ts';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const sitemapPaths = [
	...readFileSync(`${DIST}/sitemap.xml`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g),
].map((m) => m[1]!);
const pages = [...sitemapPaths, '/404.html'];

interface AxeResult {
	violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

describe('axe finds no WCAG 2.2 AA or best-practice violations', () => {
	const site = useSite();

	for (const [label, options] of [
		['1280 px, light', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
		['390 px, dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
	] as const) {
		it(`on every page of the sitemap and the 404 page at ${label}`, async () => {
			const found: string[] = [];
			const page = await site.open('/', options);
			for (const url of pages) {
				await page.goto(site.url(url));
				await page.evaluate(axeSource);
				const result = (await page.evaluate(() =>
					// @ts-expect-error axe is injected above
					window.axe.run(document, {
						runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
					}),
				)) as AxeResult;
				for (const v of result.violations)
					found.push(
						`${url} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					);
			}
			expect(found).toEqual([]);
			expect(pages.length).toBeGreaterThanOrEqual(17);
			await page.context().close();
			// Every page of the site, one after another: a few seconds each on a busy machine.
		}, 300_000);
	}

	for (const [where, open, scope] of [
		[
			'in the open search dialog, with results',
			async (page: Page) => {
				await page.keyboard.press('Control+k');
				await page.waitForSelector('dialog.search-dialog[open]');
				await page.keyboard.type('sanctions');
			},
			'dialog.search-dialog',
		],
		[
			'on the search page, with results and the filters open',
			async (page: Page) => {
				await page.goto(site.url('/search/?q=sanctions'));
				await page.getByText('Filters').click();
				await page.waitForFunction(
					() =>
						(document.querySelector<HTMLSelectElement>('#search-speaker')?.options.length ?? 0) > 1,
				);
			},
			'main',
		],
	] as const) {
		it(where, async () => {
			const page = await site.open('/conversations/north-korea-sanctions-2013/');
			await open(page);
			await page.waitForSelector('a.search-result-link');
			await page.evaluate(axeSource);
			const result = (await page.evaluate(
				(scope) =>
					// @ts-expect-error axe is injected above
					window.axe.run(scope, {
						runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
					}),
				scope,
			)) as AxeResult;
			expect(
				result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				),
			).toEqual([]);
			await page.context().close();
		});
	}
});
