import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

/**
 * What automated accessibility rules do not see: sizes, colours and settings a reader chooses,
 * each checked in Chromium at the size or setting where it once failed.
 */
const THREAD = '/conversations/north-korea-sanctions-2013/';
const CONTRIBUTION = `${THREAD}c6/`;
const PAGES = ['/', THREAD, CONTRIBUTION, '/people/cui-tiankai/', '/search/', '/404.html'];

/** sRGB relative luminance of a CSS `rgb()`/`rgba()` colour (alpha ignored). */
function luminance(css: string): number {
	const [r, g, b] = css
		.match(/[\d.]+/g)!
		.slice(0, 3)
		.map(Number) as [number, number, number];
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
/** A colour seen through the dialog's backdrop (black at 45%). */
function dimmed(css: string): string {
	const [r, g, b] = css
		.match(/[\d.]+/g)!
		.slice(0, 3)
		.map(Number) as [number, number, number];
	return `rgb(${r * 0.55}, ${g * 0.55}, ${b * 0.55})`;
}

async function openDialogAndSearch(page: Page, query: string): Promise<void> {
	await page.keyboard.press('Control+k');
	await page.waitForSelector('dialog.search-dialog[open]');
	await page.keyboard.type(query);
	await page.waitForSelector('dialog.search-dialog .search-result');
}

describe('accessible where the checkers cannot see', () => {
	const site = useSite();

	it('no page scrolls sideways at 320 px (a long path on the 404 page wraps)', async () => {
		for (const url of PAGES) {
			const page = await site.open(url, { viewport: { width: 320, height: 640 } });
			const { scroll, client } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth,
			}));
			expect(scroll, url).toBeLessThanOrEqual(client);
			await page.context().close();
		}
	});

	it('paragraph numbers and their focus rings stay on the page at every width a mouse reader may have', async () => {
		for (const width of [700, 720, 760, 800, 900, 1000, 1100]) {
			const page = await site.open(THREAD, { viewport: { width, height: 900 } });
			await page.focus('.para-link');
			// The ring is drawn 3 px wide, 2 px outside the link.
			const left = await page.$$eval('.para-link', (links) =>
				Math.min(...links.map((link) => link.getBoundingClientRect().left)),
			);
			expect(left, `${width} px`).toBeGreaterThanOrEqual(5);
			await page.context().close();
		}
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`searched words are marked by more than a tint: an underline at 3:1 or more (${colorScheme})`, async () => {
			const page = await site.open(THREAD, { colorScheme });
			await openDialogAndSearch(page, 'armistice');
			const mark = await page.$eval('.search-results mark', (element) => {
				const style = getComputedStyle(element);
				return {
					line: style.textDecorationLine,
					color: style.textDecorationColor,
					paper: getComputedStyle(element.closest('dialog')!).backgroundColor,
				};
			});
			expect(mark.line).toContain('underline');
			expect(contrast(mark.color, mark.paper)).toBeGreaterThanOrEqual(3);
			await page.context().close();
		});

		it(`the search dialog has an edge that shows against the dimmed page (${colorScheme})`, async () => {
			const page = await site.open(THREAD, { colorScheme });
			await page.keyboard.press('Control+k');
			await page.waitForSelector('dialog.search-dialog[open]');
			const {
				edge,
				surface,
				page: paper,
			} = await page.$eval('dialog.search-dialog', (dialog) => ({
				edge: getComputedStyle(dialog).borderTopColor,
				surface: getComputedStyle(dialog).backgroundColor,
				page: getComputedStyle(document.documentElement).backgroundColor,
			}));
			// The boundary shows by its border or by its surface (light paper on a dimmed page).
			expect(
				Math.max(contrast(edge, dimmed(paper)), contrast(surface, dimmed(paper))),
			).toBeGreaterThanOrEqual(3);
			await page.context().close();
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`annotated words stay readable and marked in forced colours, and a linked paragraph still shows (${colorScheme})`, async () => {
			const page = await site.open(`${THREAD}#c6-p2`, { forcedColors: 'active', colorScheme });
			const anchors = await page.$$eval('mark.note-anchor', (marks) =>
				marks.map((mark) => {
					const style = getComputedStyle(mark);
					// What shows behind the words: the nearest background that is not transparent.
					let background = 'rgb(255, 255, 255)';
					for (let at: Element | null = mark; at; at = at.parentElement) {
						const colour = getComputedStyle(at).backgroundColor;
						if (!/^rgba\(.*, 0\)$/.test(colour)) {
							background = colour;
							break;
						}
					}
					return {
						text: mark.textContent,
						color: style.color,
						background,
						line: style.textDecorationLine,
					};
				}),
			);
			expect(anchors.length).toBeGreaterThan(20);
			for (const anchor of anchors) {
				expect(contrast(anchor.color, anchor.background), anchor.text).toBeGreaterThanOrEqual(4.5);
				expect(anchor.line, anchor.text).toContain('underline');
			}
			const target = await page.$eval('#c6-p2', (p) => getComputedStyle(p).outlineStyle);
			expect(target).not.toBe('none');
			await page.context().close();
		});
	}

	it('searched words stay marked in forced colours', async () => {
		const page = await site.open(THREAD, { forcedColors: 'active', colorScheme: 'dark' });
		await openDialogAndSearch(page, 'armistice');
		const line = await page.$eval(
			'.search-results mark',
			(element) => getComputedStyle(element).textDecorationLine,
		);
		expect(line).toContain('underline');
		await page.context().close();
	});

	it('at 320 × 256 px (400% zoom) the search dialog still shows two results whole', async () => {
		const page = await site.open(THREAD, { viewport: { width: 320, height: 256 } });
		await openDialogAndSearch(page, 'China');
		const visible = await page.$$eval('dialog.search-dialog .search-result-title', (titles) => {
			const list = titles[0]!.closest('ol')!.getBoundingClientRect();
			return titles.filter((title) => {
				const box = title.getBoundingClientRect();
				return box.top >= list.top && box.bottom <= Math.min(list.bottom, innerHeight);
			}).length;
		});
		expect(visible).toBeGreaterThanOrEqual(2);
		await page.context().close();
	});

	it('Chinese names in search results carry their language', async () => {
		const page = await site.open(THREAD);
		await openDialogAndSearch(page, '崔天凯');
		const untagged = await page.$$eval('dialog.search-dialog .search-results', (lists) => {
			const found: string[] = [];
			const walker = document.createTreeWalker(lists[0]!, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (
					/\p{Script=Han}/u.test(node.textContent ?? '') &&
					!node.parentElement?.closest('[lang^="zh"]')
				)
					found.push(node.textContent!);
			}
			return found;
		});
		const tagged = await page.$$eval(
			'dialog.search-dialog .search-results [lang^="zh"]',
			(elements) => elements.length,
		);
		expect(tagged).toBeGreaterThan(0);
		expect(untagged).toEqual([]);
		await page.context().close();
	});
});
