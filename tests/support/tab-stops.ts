import type { Page } from 'playwright-core';

/** One stop of the Tab key: what a keyboard reader lands on, in order. */
export interface TabStop {
	/** The element's tag and classes, e.g. `a.note-ref`. */
	what: string;
	/** Where a link leads (as written), if it is one. */
	href: string | null;
	/** The accessible name's gist: aria-label, else the text. */
	name: string;
}

type Recorder = { stops: TabStop[]; seen: Set<Element>; done: boolean };

/**
 * Presses Tab from the top of the page until focus comes round to a stop already met (or `limit`
 * presses), and returns every stop in order: the count a keyboard reader pays to pass through
 * the page. The page records each stop as it is focused, so the keys are pressed in batches.
 */
export async function tabStops(page: Page, limit = 800): Promise<TabStop[]> {
	await page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
		window.scrollTo(0, 0);
		const recorder: Recorder = { stops: [], seen: new Set(), done: false };
		(window as unknown as { tabRecorder: Recorder }).tabRecorder = recorder;
		document.addEventListener('focusin', (event) => {
			const element = event.target as Element;
			if (recorder.done) return;
			if (recorder.seen.has(element)) {
				recorder.done = true;
				return;
			}
			recorder.seen.add(element);
			recorder.stops.push({
				what: element.tagName.toLowerCase() + [...element.classList].map((c) => `.${c}`).join(''),
				href: element.getAttribute('href'),
				name: (element.getAttribute('aria-label') ?? element.textContent ?? '')
					.trim()
					.replace(/\s+/g, ' ')
					.slice(0, 60),
			});
		});
	});
	for (let presses = 0; presses < limit; presses += 25) {
		for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
		if (
			await page.evaluate(() => (window as unknown as { tabRecorder: Recorder }).tabRecorder.done)
		)
			break;
	}
	return page.evaluate(() => {
		const recorder = (window as unknown as { tabRecorder: Recorder }).tabRecorder;
		if (!recorder.done) throw new Error('Tab never came round to the first stop');
		return recorder.stops;
	});
}
