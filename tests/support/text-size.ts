import type { Page } from 'playwright-core';

/**
 * Sets the browser's default text size, as a reader does in Chromium's settings (Appearance →
 * Font size): `Page.setFontSizes` changes the same preference, the size `medium` and so `1rem`
 * stand for. Only the text grows; the window keeps its CSS width (unlike zoom), which is what
 * WCAG 1.4.4 (resize text) asks to survive. `percent` 100 is the default, 16 px. It holds for the
 * page's life, across reloads.
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', {
		fontSizes: {
			standard: Math.round((16 * percent) / 100),
			fixed: Math.round((13 * percent) / 100),
		},
	});
	// The session stays open: closing it would drop the setting.
}

/** What the reader of a page sees overflow: sideways scroll, and margin notes cut or over the text. */
export interface Overflow {
	scrollWidth: number;
	clientWidth: number;
	/** Visible notes whose box leaves the window sideways, or overlaps a paragraph of the text. */
	clipped: string[];
	/** Notes shown (all of them in the margin layout; only a followed one in the inline one). */
	shown: number;
	notes: number;
}

export function overflow(page: Page): Promise<Overflow> {
	return page.evaluate(() => {
		const doc = document.documentElement;
		const paragraphs = [...document.querySelectorAll('.contribution-body > p')].map((p) =>
			p.getBoundingClientRect(),
		);
		const notes = [...document.querySelectorAll<HTMLElement>('.sidenote')];
		const shown = notes.filter((note) => note.checkVisibility());
		const clipped = shown
			.filter((note) => {
				const box = note.getBoundingClientRect();
				const overText = paragraphs.some(
					(p) =>
						box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top,
				);
				return box.left < 0 || box.right > doc.clientWidth || overText;
			})
			.map((note) => note.id);
		return {
			scrollWidth: doc.scrollWidth,
			clientWidth: doc.clientWidth,
			clipped,
			shown: shown.length,
			notes: notes.length,
		};
	});
}
