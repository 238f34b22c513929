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
async function search(
	page: Page,
	query: string,
	filters: Record<string, string> = {},
): Promise<string[]> {
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
		// Without the hyphen, and the name turned round, and by the characters of the family or the given name.
		['Kim Jong Un', ['c6']],
		['Tiankai Cui', ['c6', 'c7']],
		['天凯', ['c6', 'c7']],
		['崔', ['c6', 'c7']],
		// A writer's name: the posts they wrote and the posts that discuss them, before the
		// names index and speaker pages.
		['Delury', ['c6', 'c7']],
		['Suzanne', ['c3', 'c4']],
		['Schell', ['c1', 'c5', 'c6', 'c7']],
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

	it('finds the person’s own page by the name turned round, by either part of the Chinese name, and Kim Jong Un before Kim Jong Il', async () => {
		const page = await site.open('/');
		for (const query of ['Tiankai Cui', '天凯', '崔', '天凱'])
			expect(await search(page, query), query).toContain('/people/cui-tiankai/');
		expect(await search(page, '정은')).toContain('/people/kim-jong-un/');
		const kims = await search(page, 'Kim Jong Un');
		expect(kims).toContain('/people/kim-jong-il/');
		expect(kims.indexOf('/people/kim-jong-un/')).toBeGreaterThanOrEqual(0);
		expect(kims.indexOf('/people/kim-jong-un/')).toBeLessThan(kims.indexOf('/people/kim-jong-il/'));
		await page.context().close();
	});

	it(
		'an excerpt never runs into a margin note or a citation: a paragraph’s is its archived words, a note’s its own words',
		{ timeout: 180_000 },
		async () => {
			const page = await site.open('/');
			// Queries whose words are in paragraphs, in notes and in the sources the notes cite.
			const subResults = await page.evaluate<
				{ title: string; url: string; excerpt: string }[]
			>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.options(${JSON.stringify(SEARCH_OPTIONS)});
			const all = [];
			for (const query of ['Cui Tiankai', 'Kim Jong Un', 'China', 'sanctions', 'Peanuts', 'armistice', 'Xinhua', 'chinadaily', 'Security Council']) {
				const found = await pagefind.search(query);
				for (const result of found.results) all.push(...(await result.data()).sub_results);
			}
			return all.map((sub) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt }));
		})()`);
			const passages = subResults.filter((sub) => /^(¶ \d+\.\d+|Note \d+)$/.test(sub.title));
			expect(passages.some((sub) => sub.title.startsWith('Note'))).toBe(true);
			expect(passages.some((sub) => sub.title.startsWith('¶'))).toBe(true);
			// Pagefind spaces words apart at element edges; compare the words, not the spaces.
			const words = (text: string) =>
				text
					.replace(/<\/?mark>/g, '')
					.replace(/&lt;/g, '<')
					.replace(/&gt;/g, '>')
					.replace(/\s+/g, '');
			// Each page's paragraphs without their permalinks, and notes without their numbers and citations, by id.
			const texts = new Map<string, Record<string, string>>();
			for (const pathname of new Set(
				passages.map((sub) => new URL(sub.url, 'http://x').pathname),
			)) {
				const target = await site.open(pathname);
				texts.set(
					pathname,
					await target.$$eval('p[id], .sidenote[id]', (elements) =>
						Object.fromEntries(
							elements.map((element) => {
								const copy = element.cloneNode(true) as HTMLElement;
								copy
									.querySelectorAll('.para-link, .note-num, .note-ref, cite.citation')
									.forEach((inserted) => inserted.remove());
								return [element.id, copy.textContent ?? ''];
							}),
						),
					),
				);
				await target.context().close();
			}
			for (const sub of passages) {
				const url = new URL(sub.url, 'http://x');
				expect(url.hash, sub.title).toMatch(
					sub.title.startsWith('Note') ? /^#note-/ : /^#c\d+-p\d+$/,
				);
				const text = texts.get(url.pathname)?.[url.hash.slice(1)] ?? '';
				expect(words(text), `${sub.title} (${url.pathname}${url.hash}): ${sub.excerpt}`).toContain(
					words(sub.excerpt),
				);
			}
			await page.context().close();
		},
	);

	it('a note is found as a note: its own entry in the dialog, leading to the note', async () => {
		const page = await site.open(THREAD);
		await page.keyboard.press('Control+k');
		await page.locator('dialog.search-dialog[open] input').fill('Peanuts');
		await page.waitForSelector('dialog.search-dialog a[href*="#note-lucy-football"]');
		const entry = page.locator('dialog.search-dialog a[href*="#note-lucy-football"]');
		expect(await entry.textContent()).toContain('Note');
		await page.context().close();
	});

	it('indexes the margin notes, and not the apparatus around posts', async () => {
		const page = await site.open('/');
		// "Peanuts" is only in the note on Lucy and the football.
		expect((await search(page, 'Peanuts')).map((url) => /\/(c\d+)\//.exec(url)?.[1])).toEqual([
			'c5',
		]);
		const content = await indexedContent(page, 'Cui', `${THREAD}c6/`);
		expect(content).toContain(
			'It would seem that senior Chinese Foreign Ministry official Cui Tiankai',
		);
		// A paragraph's words run on past a note's words: the note is indexed after its paragraph, not inside it.
		expect(content).toContain(
			'on the sidelines of the CPPCC to make it clear the Beijing is not interested in using sanctions',
		);
		for (const furniture of [
			'Where this post begins',
			'Cite this contribution',
			'BibTeX',
			'Answered by',
			'Paragraph 6.1, permalink',
		]) {
			expect(content).not.toContain(furniture);
		}
		await page.context().close();
	});

	it('keyboard only: Ctrl+K opens the dialog, the query runs, ↓ and Enter land on the contribution with the terms marked', async () => {
		const page = await site.open(THREAD);
		await page.keyboard.press('Control+k');
		await page.waitForSelector('dialog.search-dialog[open]');
		// Record everything announced in a live region, in order.
		await page.evaluate(() => {
			const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
			new MutationObserver(() => {
				for (const region of document.querySelectorAll('[role="status"], [aria-live="polite"]'))
					if (region.textContent) heard.push(region.textContent);
			}).observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		await page.keyboard.type('Cui Tiankai');
		await page.waitForSelector('dialog.search-dialog a.search-result-link');
		// The count of results is announced politely, not the whole list.
		await page.waitForFunction(() =>
			(window as unknown as { heard: string[] }).heard.some((text) =>
				/\b3 results? for Cui Tiankai/i.test(text),
			),
		);
		await page.keyboard.press('ArrowDown');
		expect(
			await page.evaluate(() =>
				(document.activeElement as HTMLAnchorElement | null)?.classList.contains(
					'search-result-link',
				),
			),
		).toBe(true);
		await Promise.all([page.waitForURL(/\/c6\/\?highlight=/), page.keyboard.press('Enter')]);
		await page.waitForFunction(
			() => document.querySelectorAll('mark.pagefind-highlight').length > 0,
		);
		const marked = await page.$$eval('mark.pagefind-highlight', (marks) =>
			marks.map((m) => m.textContent),
		);
		expect(marked).toContain('Cui');
		expect(marked).toContain('Tiankai');
		await page.context().close();
	});

	it('Ctrl+K opens the dialog and Esc closes it; "/" is only a character (WCAG 2.1.4)', async () => {
		const page = await site.open(THREAD);
		await page.keyboard.press('/');
		// Give a "/" handler, if there were one, the time to open the dialog before checking it did not.
		await page.waitForTimeout(300);
		expect(await page.$('dialog.search-dialog[open]')).toBeNull();
		await page.keyboard.press('Control+k');
		await page.waitForSelector('dialog.search-dialog[open]');
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('dialog.search-dialog[open]'));
		await page.context().close();
	});

	it('the search button shows its shortcut (Ctrl K) to a mouse and keyboard, and not on a touch screen without one', async () => {
		const hint = (page: Page) => page.locator('[data-search-button] kbd').isVisible();
		const desk = await site.open(THREAD, { viewport: { width: 390, height: 844 } });
		expect(await hint(desk)).toBe(true);
		await desk.context().close();
		const phone = await site.open(THREAD, {
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
		});
		expect(await phone.locator('[data-search-button]').isVisible()).toBe(true);
		expect(await hint(phone)).toBe(false);
		await phone.context().close();
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
		await page.waitForSelector('a.search-result-link');
		const first = await page.locator('a.search-result-link').first().getAttribute('href');
		expect(first).toMatch(/\/c[45]\/\?highlight=armistice/);
		await page.context().close();
	});

	it('the /search/ page filters by speaker, lists a filter’s values only when opened, and keeps the filter in its address', async () => {
		const page = await site.open('/search/?q=China');
		await page.waitForSelector('a.search-result-link');
		const speaker = page.locator('#search-speaker');
		// Nothing of the filters' index is fetched until the reader opens them.
		expect(await speaker.locator('option').count()).toBe(1);
		await page.getByText('Filters').click();
		await page.waitForFunction(
			() => (document.querySelector<HTMLSelectElement>('#search-speaker')?.options.length ?? 0) > 1,
		);
		expect(await speaker.locator('option').allTextContents()).toContain('Orville Schell (2)');
		await speaker.selectOption('Orville Schell');
		await page.waitForFunction(() => /speaker=Orville\+Schell/.test(location.search));
		await page.waitForFunction(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a.search-result-link')].every((a) =>
				/\/c[17]\//.test(a.href),
			),
		);
		// The address, opened afresh, gives the same filtered search with the filters shown open.
		const shared = await site.open(`/search/${await page.evaluate(() => location.search)}`);
		await shared.waitForSelector('a.search-result-link');
		expect(await shared.locator('details.search-filters').getAttribute('open')).not.toBeNull();
		const hrefs = await shared
			.locator('a.search-result-link')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		expect(hrefs.length).toBeGreaterThan(0);
		expect(hrefs.every((href) => /\/c[17]\/$/.test(href))).toBe(true);
		await page.context().close();
		await shared.context().close();
	});

	it('shows five results at a time; “More results” adds the next and moves focus to the first of them', async () => {
		const page = await site.open('/search/?q=China');
		await page.waitForSelector('a.search-result-link');
		const total = Number(
			/^\d+/.exec((await page.locator('.search-summary').textContent()) ?? '')?.[0],
		);
		expect(total).toBeGreaterThan(5);
		expect(await page.locator('li.search-result').count()).toBe(5);
		await page.getByRole('button', { name: 'More results' }).click();
		await page.waitForFunction(() => document.querySelectorAll('li.search-result').length > 5);
		expect(await page.locator('li.search-result').count()).toBe(Math.min(total, 10));
		expect(
			await page.evaluate(
				() =>
					document.activeElement ===
					document.querySelectorAll('li.search-result')[5]?.querySelector('a'),
			),
		).toBe(true);
		await page.context().close();
	});

	it('says so when search cannot be loaded, and recovers on the next key once it can', async () => {
		const page = await site.open(THREAD);
		let offline = true;
		await page.route('**/pagefind/pagefind.js*', (route) =>
			offline ? route.abort() : route.continue(),
		);
		await page.keyboard.press('Control+k');
		await page.waitForSelector('dialog.search-dialog[open]');
		await page.keyboard.type('Delury');
		await page.waitForFunction(() =>
			/could not be loaded/.test(document.querySelector('.search-summary')?.textContent ?? ''),
		);
		offline = false;
		await page.keyboard.type(' ');
		await page.waitForSelector('dialog.search-dialog a.search-result-link');
		expect(await page.locator('.search-summary').textContent()).toMatch(/results? for Delury/);
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
