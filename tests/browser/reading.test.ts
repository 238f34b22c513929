import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { archiveParagraphs } from '../../src/loader/archive.ts';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';
const body = archiveParagraphs(
	readFileSync('content/conversations/north-korea-sanctions-2013/source.txt', 'utf8'),
)
	.slice(3)
	.map((p) => p.text);

describe('reading the thread', () => {
	const site = useSite();

	for (const width of [390, 1280]) {
		it(`at ${width} px with JavaScript off, every paragraph is shown in full, with nothing cut off`, async () => {
			const page = await site.open(THREAD, {
				viewport: { width, height: 800 },
				javaScriptEnabled: false,
			});
			const shown = await page.$$eval('.contribution-body > p', (paragraphs) =>
				paragraphs.map((p) => {
					const clone = p.cloneNode(true) as HTMLElement;
					for (const inserted of clone.querySelectorAll('.para-link')) inserted.remove();
					const box = p.getBoundingClientRect();
					return {
						text: (clone.textContent ?? '').replace(/^ /, ''),
						visible:
							p.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
							box.width > 0 &&
							box.height > 0,
					};
				}),
			);
			expect(shown.map((p) => p.text)).toEqual(body);
			expect(shown.every((p) => p.visible)).toBe(true);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.context().close();
		});
	}

	it('following “in reply to” lands on the post answered, highlighted', async () => {
		const page = await site.open(THREAD);
		const c4 = page.getByRole('article', { name: /^Contribution 4 Unnamed contributor/ });
		await c4.getByRole('link', { name: '3 · Suzanne' }).first().click();
		await page.waitForFunction(() => location.hash === '#c3');
		const target = await page.$eval('#c3', (element) => ({
			isTarget: element.matches(':target'),
			background: getComputedStyle(element).backgroundColor,
			top: element.getBoundingClientRect().top,
		}));
		expect(target.isTarget).toBe(true);
		expect(target.background).not.toBe('rgba(0, 0, 0, 0)');
		expect(target.top).toBeGreaterThanOrEqual(0);
		expect(target.top).toBeLessThan(100);
		await page.context().close();
	});

	it('the keyboard reaches a paragraph permalink, shows it with a focus ring, and follows it', async () => {
		const page = await site.open(THREAD);
		let focused = '';
		for (let presses = 0; presses < 80 && !focused.startsWith('para-link'); presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(
				() =>
					`${document.activeElement?.className} ${document.activeElement?.getAttribute('href')}`,
			);
		}
		expect(focused).toBe('para-link #c1-p1');
		// The locator fades in; wait for it rather than for a fixed time.
		await page.waitForFunction(() => getComputedStyle(document.activeElement!).opacity === '1');
		const look = await page.evaluate(() => {
			const link = document.activeElement as HTMLElement;
			const style = getComputedStyle(link);
			return {
				opacity: style.opacity,
				outline: style.outlineStyle,
				label: link.getAttribute('aria-label'),
			};
		});
		expect(look).toEqual({ opacity: '1', outline: 'solid', label: 'Paragraph 1.1, permalink' });
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#c1-p1');
		expect(await page.$eval('#c1-p1', (p) => p.matches(':target'))).toBe(true);
		await page.context().close();
	});

	it('the first Tab reaches the skip link, which moves focus to the text', async () => {
		const page = await site.open(THREAD);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the text' });
		expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
		await page.context().close();
	});

	it('the thread map links each post, down the page on a phone', async () => {
		const page = await site.open(THREAD, {
			viewport: { width: 390, height: 800 },
			javaScriptEnabled: false,
		});
		const map = page.locator('.thread-map svg.vertical');
		expect(await map.isVisible()).toBe(true);
		expect(await page.locator('.thread-map svg.horizontal').isVisible()).toBe(false);
		await map.getByRole('link', { name: '6 John Delury, answers 1' }).click();
		await page.waitForFunction(() => location.hash === '#c6');
		await page.context().close();
	});
});
