import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

/** What of the timeline and afterword a reader sees: every event's date and text, and the afterword's paragraphs. */
async function shownStory(page: Page) {
	return page.evaluate(() => {
		const visible = (element: Element) => {
			const box = element.getBoundingClientRect();
			return (
				element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
				box.width > 0 &&
				box.height > 0
			);
		};
		const events = [...document.querySelectorAll('#timeline ol > li')].map((li) => ({
			date: li.querySelector('time')?.textContent ?? '',
			shown: visible(li.querySelector('time')!) && visible(li.querySelector('.timeline-event')!),
		}));
		const afterword = [...document.querySelectorAll('#afterword > p')].map((p) => visible(p));
		return { events, afterword, heading: visible(document.querySelector('#afterword h2')!) };
	});
}

describe('the story around the debate', () => {
	const site = useSite();

	for (const width of [390, 1280]) {
		it(`at ${width} px with JavaScript off, the whole timeline and afterword are shown, within the page`, async () => {
			const page = await site.open(THREAD, {
				viewport: { width, height: 800 },
				javaScriptEnabled: false,
			});
			const story = await shownStory(page);
			expect(story.events.length).toBeGreaterThanOrEqual(10);
			expect(story.events.filter((event) => !event.shown)).toEqual([]);
			expect(story.events[0]?.date).toBe('12 February 2013');
			expect(story.heading).toBe(true);
			expect(story.afterword.length).toBeGreaterThanOrEqual(4);
			expect(story.afterword.every(Boolean)).toBe(true);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.context().close();
		});
	}

	it('following a timeline link lands on the paragraph it names', async () => {
		const page = await site.open(THREAD, {
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false,
		});
		await page
			.locator('#timeline-cui-tiankai-remarks .timeline-links a', { hasText: '¶ 6.1' })
			.click();
		await page.waitForFunction(() => location.hash === '#c6-p1');
		const top = await page.$eval('#c6-p1', (p) => p.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(200);
		await page.context().close();
	});

	// The apparatus is laid out only as it nears the window (content-visibility), so a link into it
	// must still land on its target, drawn, however far below the posts it is.
	for (const width of [390, 1280]) {
		it(`at ${width} px, links into the timeline, the afterword and the references land on their target, drawn`, async () => {
			const page = await site.open(THREAD, { viewport: { width, height: 800 } });
			for (const target of ['#timeline-park-inauguration', '#afterword', '#ref-xinhua2013cui']) {
				await page.goto(new URL(THREAD + target, page.url()).href);
				await page.waitForTimeout(200);
				const landed = await page.$eval(target, (element) => ({
					top: element.getBoundingClientRect().top,
					drawn: element.checkVisibility({ contentVisibilityAuto: true }),
				}));
				expect(landed.top, target).toBeGreaterThanOrEqual(0);
				expect(landed.top, target).toBeLessThan(200);
				expect(landed.drawn, target).toBe(true);
			}
			// From a citation in a note, as a reader follows it.
			await page.goto(new URL(THREAD + '#c6-p1', page.url()).href);
			await page.locator('#note-cui-tiankai a[href="#ref-xinhua2013cui"]').dispatchEvent('click');
			await page.waitForFunction(() => location.hash === '#ref-xinhua2013cui');
			await page.waitForTimeout(200);
			const top = await page.$eval('#ref-xinhua2013cui', (li) => li.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(200);
			await page.context().close();
		});
	}

	it('in print, the timeline and the afterword are printed in full; the in-page links to them are not', async () => {
		const page = await site.open(THREAD, { viewport: { width: 1280, height: 900 } });
		await page.emulateMedia({ media: 'print' });
		const story = await shownStory(page);
		expect(story.events.length).toBeGreaterThanOrEqual(10);
		expect(story.events.filter((event) => !event.shown)).toEqual([]);
		expect(story.afterword.every(Boolean)).toBe(true);
		expect(await page.locator('.page-contents').isVisible()).toBe(false);
		await page.context().close();
	});
});
