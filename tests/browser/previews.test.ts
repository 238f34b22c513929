import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';
const C6 = `${THREAD}c6/`;
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const preview = (page: Page) => page.locator('aside.preview');

/** The boxes of the post's paragraphs, to show that opening a preview moves no text. */
const textBoxes = (page: Page) =>
	page.$$eval('.contribution-body p', (ps) =>
		ps.map((p) => JSON.stringify(p.getBoundingClientRect())),
	);

describe('link previews', () => {
	const site = useSite();

	it('hovering an editorial link shows the post it refers to, moves no text, and closes when the pointer moves away', async () => {
		const page = await site.open(C6);
		const link = page.locator('a.post-link', { hasText: 'Orville’s post' });
		expect(await link.getAttribute('href')).toBe(`${THREAD}c1/`);
		// Near the top of the window, where the preview has room below the line (near the bottom it opens above).
		await link.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await page.mouse.move(5, 5);
		const before = await textBoxes(page);
		await link.hover();
		await expect.poll(() => preview(page).isVisible()).toBe(true);
		const text = await preview(page).innerText();
		expect(text).toContain('Contribution 1 · Orville Schell');
		expect(text).toContain('What may end up being most significant about the new draft resolution');
		expect(await preview(page).getByRole('link').getAttribute('href')).toBe(`${THREAD}c1/`);
		expect(await textBoxes(page)).toEqual(before);
		// The preview sits just below the link's (first) line: the words may wrap, with the face the window gets.
		const [anchor, box] = await Promise.all([
			link.evaluate((element) => {
				const line = element.getClientRects()[0]!;
				return { y: line.top + scrollY, height: line.height };
			}),
			preview(page).evaluate((element) => ({ y: element.getBoundingClientRect().top + scrollY })),
		]);
		expect(box.y).toBeGreaterThanOrEqual(anchor.y + anchor.height);
		expect(box.y).toBeLessThan(anchor.y + anchor.height + 20);
		// The pointer may cross into the preview (to select or follow its link) without closing it.
		await preview(page).hover();
		await page.waitForTimeout(500);
		expect(await preview(page).isVisible()).toBe(true);
		await page.mouse.move(5, 5);
		await expect.poll(() => preview(page).isVisible()).toBe(false);
		await page.context().close();
	});

	it('on a wide screen, a preview stays within the text column and covers no note in the margin', async () => {
		const page = await site.open(C6, { viewport: { width: 1280, height: 900 } });
		const link = page.locator('a.post-link', { hasText: 'Orville’s post' });
		await link.evaluate((element) => element.scrollIntoView({ block: 'center' }));
		await link.hover();
		await expect.poll(() => preview(page).isVisible()).toBe(true);
		const [box, paragraph, notes] = await Promise.all([
			preview(page).boundingBox(),
			link.evaluate((element) => element.closest('p')!.getBoundingClientRect().toJSON() as DOMRect),
			page.$$eval('.sidenote', (all) =>
				all.map((note) => note.getBoundingClientRect().toJSON() as DOMRect),
			),
		]);
		// The notes stand in the margin here, beside the link's paragraph.
		expect(
			notes.some(
				(note) =>
					note.left >= paragraph.right && note.bottom > box!.y && note.top < box!.y + box!.height,
			),
		).toBe(true);
		expect(box!.x + box!.width).toBeLessThanOrEqual(paragraph.right);
		for (const note of notes)
			expect(
				note.left >= box!.x + box!.width ||
					note.bottom <= box!.y ||
					note.top >= box!.y + box!.height,
				JSON.stringify(note),
			).toBe(true);
		await page.context().close();
	});

	it('focusing a person’s name shows the one-line role and other names; Esc closes it', async () => {
		const page = await site.open(C6);
		const name = page.locator('.contribution-body a.person', { hasText: 'Cui Tiankai' }).first();
		await name.focus();
		await expect.poll(() => preview(page).isVisible()).toBe(true);
		const text = await preview(page).innerText();
		expect(text).toContain('Cui Tiankai');
		expect(text).toContain('崔天凯');
		expect(await preview(page).locator('[lang="zh-Hans"]').innerText()).toBe('崔天凯');
		expect(await name.getAttribute('aria-describedby')).toBe('link-preview');
		await page.keyboard.press('Escape');
		expect(await preview(page).isVisible()).toBe(false);
		expect(await name.getAttribute('aria-describedby')).toBeNull();
		await page.context().close();
	});

	it('a reply link and a thread-map link preview the post they lead to', async () => {
		const page = await site.open(THREAD);
		await page.locator('#c7 .contribution-head a[href="#c6"]').hover();
		await expect.poll(() => preview(page).innerText()).toContain('Contribution 6 · John Delury');
		await page.mouse.move(5, 5);
		await expect.poll(() => preview(page).isVisible()).toBe(false);
		await page.locator('.thread-map a[href="#c3"]').locator('visible=true').focus();
		await expect.poll(() => preview(page).innerText()).toContain('Contribution 3');
		await page.context().close();
	});

	it('a citation in a note previews its reference from the page’s own list', async () => {
		const page = await site.open(C6);
		const cite = page.locator('.sidenote a[href^="#ref-"]').first();
		const id = (await cite.getAttribute('href'))!.slice(1);
		await cite.focus();
		await expect.poll(() => preview(page).isVisible()).toBe(true);
		expect(await preview(page).innerText()).toContain(
			(await page.locator(`[id="${id}"]`).innerText()).slice(0, 40),
		);
		await page.context().close();
	});

	it('on a touch screen the first tap previews and the preview leads on; a second tap follows the link', async () => {
		const page = await site.open(C6, {
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
		});
		const link = page.locator('a.post-link', { hasText: 'Orville’s post' });
		await link.tap();
		await expect.poll(() => preview(page).isVisible()).toBe(true);
		expect(page.url()).toBe(site.url(C6));
		const box = await preview(page).boundingBox();
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(390);
		await preview(page).getByRole('link').tap();
		await page.waitForURL(site.url(`${THREAD}c1/`));
		await page.goBack();
		await page.locator('a.post-link', { hasText: 'Orville’s post' }).tap();
		await expect.poll(() => preview(page).isVisible()).toBe(true);
		await page.locator('a.post-link', { hasText: 'Orville’s post' }).tap();
		await page.waitForURL(site.url(`${THREAD}c1/`));
		await page.context().close();
	});

	for (const [label, options] of [
		['1280 px, light', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
		['390 px, dark', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
	] as const) {
		it(`axe finds no violation with a preview open (${label})`, async () => {
			const page = await site.open(THREAD, options);
			await page.locator('a.post-link', { hasText: 'Orville’s upbeat interpretation' }).focus();
			await expect.poll(() => preview(page).isVisible()).toBe(true);
			await page.evaluate(axeSource);
			const result = (await page.evaluate(() =>
				// @ts-expect-error axe is injected above
				window.axe.run(document, {
					runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
				}),
			)) as { violations: { id: string; nodes: { target: string[] }[] }[] };
			expect(
				result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				),
			).toEqual([]);
			await page.context().close();
		});
	}

	it('without JavaScript every such link is an ordinary link, and no preview exists', async () => {
		const page = await site.open(C6, { javaScriptEnabled: false });
		const link = page.locator('a.post-link', { hasText: 'Orville’s post' });
		await link.hover();
		await link.focus();
		expect(await preview(page).count()).toBe(0);
		await link.click();
		await page.waitForURL(site.url(`${THREAD}c1/`));
		await page.context().close();
	});
});
