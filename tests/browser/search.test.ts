import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS } from '../../src/search/search-options.ts';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

/**
 * Runs a query against the real index with Pagefind's JS API and the site's options, returning
 * result paths in rank order (without the `?highlight=` the site adds). The code is passed as text, so it runs in the page as written
 * (the test runner would otherwise rewrite its `import()`).
 */
async function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options(${JSON.stringify(SEARCH_OPTIONS)});
		const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const data = await Promise.all(found.results.map((result) => result.data()));
		return data.map((d) => d.url.split('?')[0]);
	})()`);
}

/** The indexed text of a page, as Pagefind holds it. */
async function indexedContent(page: Page, query: string, path: string): Promise<string> {
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const found = await pagefind.search(${JSON.stringify(query)});
		const data = await Promise.all(found.results.map((result) => result.data()));
		return data.find((d) => d.url.startsWith(${JSON.stringify(path)}))?.content ?? '';
	})()`);
}

describe('search', () => {
	const site = useSite();

	// Each query, and the contributions that contain it (or the names that stand for it).
	const expectations: [string, string[]][] = [
		['Cui Tiankai', ['c6', 'c7']],
		['Tiankai', ['c6', 'c7']],
		['崔天凯', ['c6', 'c7']],
		['Barack Obama', ['c1', 'c6']],
		['Kim Jong-un', ['c6']],
		['Delury', ['c7']],
		// c4 says it; c5's margin note on China's call for calm explains it.
		['armistice', ['c4', 'c5']],
	];

	for (const [query, contributions] of expectations) {
		it(`“${query}” leads first to the contributions that contain it: ${contributions.join(', ')}`, async () => {
			const page = await site.open('/');
			const urls = await search(page, query);
			const top = urls.slice(0, contributions.length).map((url) => /\/(c\d+)\//.exec(url)?.[1]);
			expect(top.sort()).toEqual([...contributions].sort());
			await page.context().close();
		});
	}

	it('finds the names index’s page for a person too, by a variant spelling', async () => {
		const page = await site.open('/');
		expect(await search(page, 'Kim Jong-un')).toContain('/people/kim-jong-un/');
		expect(await search(page, 'Barack Obama')).toContain('/people/barack-obama/');
		await page.context().close();
	});

	it('indexes the margin notes, and not the apparatus around posts', async () => {
		const page = await site.open('/');
		// "Peanuts" is only in the note on Lucy and the football.
		expect((await search(page, 'Peanuts')).map((url) => /\/(c\d+)\//.exec(url)?.[1])).toEqual(['c5']);
		const content = await indexedContent(page, 'Cui', `${THREAD}c6/`);
		expect(content).toContain('It would seem that senior Chinese Foreign Ministry official Cui Tiankai');
		for (const furniture of ['Where this post begins', 'Cite this contribution', 'BibTeX', 'Answered by', 'Paragraph 6.1, permalink']) {
			expect(content).not.toContain(furniture);
		}
		await page.context().close();
	});

	it('keyboard only: Ctrl+K opens the dialog, the query runs, ↓ and Enter land on the contribution with the terms marked', async () => {
		const page = await site.open(THREAD);
		await page.keyboard.press('Control+k');
		await page.waitForSelector('pagefind-modal dialog[open]');
		// Record what is announced: Pagefind sets a live region's text briefly, then clears it.
		await page.evaluate(() => {
			const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
			new MutationObserver(() => {
				for (const region of document.querySelectorAll('[aria-live="polite"]')) if (region.textContent) heard.push(region.textContent);
			}).observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		await page.keyboard.type('Cui Tiankai');
		await page.waitForSelector('pagefind-results a.pf-result-link');
		// The count of results is announced politely, not the whole list.
		await page.waitForFunction(() =>
			(window as unknown as { heard: string[] }).heard.some((text) => /\b3 results? for Cui Tiankai/i.test(text)),
		);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.classList.contains('pf-result-link'))).toBe(
			true,
		);
		await Promise.all([page.waitForURL(/\/c6\/\?highlight=/), page.keyboard.press('Enter')]);
		await page.waitForFunction(() => document.querySelectorAll('mark.pagefind-highlight').length > 0);
		const marked = await page.$$eval('mark.pagefind-highlight', (marks) => marks.map((m) => m.textContent));
		expect(marked).toContain('Cui');
		expect(marked).toContain('Tiankai');
		await page.context().close();
	});

	it('“/” opens the dialog too, and Esc closes it', async () => {
		const page = await site.open(THREAD);
		await page.keyboard.press('/');
		await page.waitForSelector('pagefind-modal dialog[open]');
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('pagefind-modal dialog[open]'));
		await page.context().close();
	});

	it('the speaker filter narrows results to one speaker', async () => {
		const page = await site.open('/');
		const urls = await search(page, 'China', { speaker: 'Orville Schell' });
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.every((url) => /\/c[17]\/$/.test(url))).toBe(true);
		await page.context().close();
	});

	it('the /search/ page reads ?q= so a search can be shared', async () => {
		const page = await site.open('/search/?q=armistice');
		await page.waitForSelector('pagefind-results a.pf-result-link');
		const first = await page.locator('pagefind-results a.pf-result-link').first().getAttribute('href');
		expect(first).toMatch(/\/c[45]\/\?highlight=armistice/);
		await page.context().close();
	});

	it('without JavaScript the search control is a link to the names index, never a dead button', async () => {
		const page = await site.open(THREAD, { javaScriptEnabled: false });
		const link = page.getByRole('link', { name: 'Search names' });
		expect(await link.isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: /Search/ }).count()).toBe(0);
		await link.click();
		await page.waitForURL(/\/people\/$/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Names A–Z');
		await page.context().close();
	});
});
