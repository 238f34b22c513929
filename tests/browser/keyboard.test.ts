import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

/** Tabs until the focused element matches, returning how it shows its focus. */
async function tabTo(page: Page, selector: string, limit = 120): Promise<{ outline: string }> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
			return page.evaluate(() => ({
				outline: getComputedStyle(document.activeElement!).outlineStyle,
			}));
		}
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('a keyboard-only reader', () => {
	const site = useSite();

	it('skips to the text, searches, opens a margin note and follows a paragraph permalink, always seeing where focus is', async () => {
		const page = await site.open(THREAD, { viewport: { width: 390, height: 844 } });

		// The skip link comes first and moves focus to the text.
		expect(await tabTo(page, '.skip-link', 1)).toEqual({ outline: 'solid' });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');

		// Back one stop from the text is the header's search button, which opens the dialog;
		// Esc closes it and focus comes back.
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.matches('[data-search-button]'))).toBe(
			true,
		);
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe(
			'solid',
		);
		await page.keyboard.press('Enter');
		await page.waitForSelector('dialog.search-dialog[open]');
		expect(
			await page.evaluate(() => document.activeElement?.closest('dialog.search-dialog') !== null),
		).toBe(true);
		await page.keyboard.press('Escape');
		await page.waitForFunction(() => !document.querySelector('dialog.search-dialog[open]'));
		expect(await page.evaluate(() => document.activeElement?.matches('[data-search-button]'))).toBe(
			true,
		);

		// A margin note opens from its number.
		expect(await tabTo(page, '#note-ref-xi-jinping')).toEqual({ outline: 'solid' });
		await page.keyboard.press('Enter');
		expect(await page.locator('#note-xi-jinping').isVisible()).toBe(true);

		// The next paragraph's permalink is reached, shown and followed.
		expect(await tabTo(page, 'a.para-link[href="#c1-p2"]')).toEqual({ outline: 'solid' });
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => location.hash === '#c1-p2');
		await page.context().close();
	});
});
