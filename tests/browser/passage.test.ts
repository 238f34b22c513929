import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';
const C2 = `${THREAD}c2/`;
// Three times in contribution 2: in ¶ 2.2 ("stabilize its relations with the U.S. and"), ¶ 2.4
// ("prevent its relations with the U.S. as well") and ¶ 2.6 ("and its relations with the U.S. and").
const TWICE = 'its relations with the U.S.';

/** Selects the `nth` occurrence of `words` in the paragraph `paragraph` (the archived words only). */
async function select(
	page: Page,
	paragraph: string,
	words: string,
	nth = 0,
	endParagraph = paragraph,
) {
	await page.evaluate(
		({ paragraph, words, nth, endParagraph }) => {
			const pointAt = (id: string, offset: number): [Text, number] => {
				const walker = document.createTreeWalker(
					document.getElementById(id)!,
					NodeFilter.SHOW_TEXT,
				);
				let seen = 0;
				for (
					let node = walker.nextNode() as Text | null;
					node;
					node = walker.nextNode() as Text | null
				) {
					if (node.parentElement!.closest('.para-link, .note-ref, .sidenote')) continue;
					if (offset <= seen + node.length) return [node, offset - seen];
					seen += node.length;
				}
				throw new Error(`offset ${offset} past ${id}`);
			};
			const textOf = (id: string) => {
				const copy = document.getElementById(id)!.cloneNode(true) as Element;
				copy.querySelectorAll('.para-link, .note-ref, .sidenote').forEach((n) => n.remove());
				return copy.textContent;
			};
			let at = -1;
			for (let n = 0; n <= nth; n++) at = textOf(paragraph).indexOf(words, at + 1);
			if (at < 0) throw new Error(`"${words}" not in ${paragraph}`);
			const range = document.createRange();
			range.setStart(...pointAt(paragraph, at));
			const endAt =
				endParagraph === paragraph
					? at + words.length
					: textOf(endParagraph).indexOf(words) + words.length;
			range.setEnd(...pointAt(endParagraph, endAt));
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		},
		{ paragraph, words, nth, endParagraph },
	);
	await page.waitForSelector('.passage');
}

/** Which paragraph the browser scrolled the text fragment's words to: the one nearest the viewport's middle. */
async function matchedParagraph(page: Page, words: string): Promise<string> {
	await page.waitForFunction(() => scrollY > 0);
	return page.evaluate((words) => {
		const middle = innerHeight / 2;
		const candidates = [...document.querySelectorAll('.contribution-body > p')].filter((p) =>
			p.textContent.includes(words),
		);
		const distance = (p: Element) => {
			const rect = p.getBoundingClientRect();
			return middle < rect.top
				? rect.top - middle
				: middle > rect.bottom
					? middle - rect.bottom
					: 0;
		};
		return candidates.sort((a, b) => distance(a) - distance(b))[0]!.id;
	}, words);
}

/**
 * Whether Chromium shows each word (the `nth` occurrence of `word` in a paragraph's text) as the
 * text fragment's match: `::target-text` is painted an unmistakable colour, the page photographed,
 * and the word's box read from the picture (in a blank page, which the site's CSP does not bind).
 */
async function highlighted(page: Page, words: [string, string, number][]): Promise<boolean[]> {
	// (The page is opened with its CSP bypassed, for this style only.)
	await page.addStyleTag({
		content:
			'::target-text { background: rgb(255, 0, 255) !important; color: rgb(255, 0, 255) !important; }',
	});
	await page.waitForTimeout(200);
	const boxes = await page.evaluate((words) => {
		return words.map(([id, word, nth]) => {
			const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
			let seen = 0;
			for (
				let node = walker.nextNode() as Text | null;
				node;
				node = walker.nextNode() as Text | null
			) {
				if (node.parentElement!.closest('.para-link, .note-ref, .sidenote')) continue;
				for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
					if (seen++ < nth) continue;
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + word.length);
					const rect = range.getClientRects()[0]!;
					return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
				}
			}
			throw new Error(`no ${word} #${nth} in ${id}`);
		});
	}, words);
	// The viewport as it is: a whole-page photograph would lay the page out again, taller.
	const shot = (await page.screenshot()).toString('base64');
	const blank = await page.context().newPage();
	const result = await blank.evaluate(
		async ({ shot, boxes }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${shot}`;
			await image.decode();
			const canvas = new OffscreenCanvas(image.width, image.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			return boxes.map((box) => {
				if (box.y < 0 || box.y + box.height > image.height)
					throw new Error('a word to check is out of view');
				const { data } = context.getImageData(
					box.x,
					box.y,
					Math.max(1, box.width),
					Math.max(1, box.height),
				);
				let magenta = 0;
				for (let i = 0; i < data.length; i += 4)
					if (data[i]! > 230 && data[i + 1]! < 30 && data[i + 2]! > 230) magenta++;
				return magenta / (data.length / 4) > 0.5;
			});
		},
		{ shot, boxes },
	);
	await blank.close();
	return result;
}

/** Clicks a control's button and returns what it put on the clipboard. */
async function copied(page: Page, name: string | RegExp): Promise<string> {
	await page.getByRole('button', { name }).click();
	await page.waitForFunction(() =>
		/copied/.test(document.querySelector('.passage-status')?.textContent ?? ''),
	);
	return page.evaluate(() => navigator.clipboard.readText());
}

describe('linking to, citing and quoting a passage', () => {
	const site = useSite();
	const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

	it('links to words that occur twice, and the link highlights the ones selected', async () => {
		const page = await site.open(THREAD, clipboard);
		await select(page, 'c2-p4', TWICE);
		const link = await copied(page, 'Link to this passage');
		// Judged against the contribution's own page, where the words occur twice too.
		expect(link).toBe(
			`https://conversations.example.org${C2}#c2-p4:~:text=prevent-,its%20relations%20with%20the%20U.S.`,
		);

		// Opened (on the test server), the browser goes to ¶ 2.4, not to ¶ 2.2, where the words come first.
		const opened = await site.open(link.replace('https://conversations.example.org', ''), {
			viewport: { width: 390, height: 500 },
		});
		expect(await matchedParagraph(opened, TWICE)).toBe('c2-p4');
		// It is the words that lead there, not the paragraph's anchor: under another anchor they still do.
		const textLed = await site.open(
			link.replace('https://conversations.example.org', '').replace('#c2-p4', '#c2-p1'),
			{
				viewport: { width: 390, height: 500 },
			},
		);
		expect(await matchedParagraph(textLed, TWICE)).toBe('c2-p4');
		// The method tells the occurrences apart: the words alone go to the first.
		const wrong = await site.open(`${C2}#c2-p4:~:text=its%20relations%20with%20the%20U.S.`, {
			viewport: { width: 390, height: 500 },
		});
		expect(await matchedParagraph(wrong, TWICE)).toBe('c2-p2');
		for (const p of [page, opened, textLed, wrong]) await p.context().close();
	});

	it('links to words running over three paragraphs of one post, and the link leads to the words selected', async () => {
		const page = await site.open(THREAD, clipboard);
		// From the second occurrence of the words (¶ 2.4) to the third (¶ 2.6), all of ¶ 2.5 between.
		await select(page, 'c2-p4', TWICE, 0, 'c2-p6');
		const link = await copied(page, 'Link to this passage');
		const [, fragment] = link.split(':~:text=');
		const terms = fragment!.split(',').map(decodeURIComponent);
		// The start needs the word before it, or it would match in ¶ 2.2.
		expect(
			link.startsWith(
				`https://conversations.example.org${C2}#c2-p4:~:text=prevent-,its%20relations%20with%20the,`,
			),
		).toBe(true);
		expect(terms.slice(1, 3)).toEqual(['its relations with the', 'relations with the U.S.']);
		const quote = await copied(page, 'Copy quote');
		expect(quote).toMatch(
			/^“its relations with the U\.S\. as well .*worsening\.It can find .*\n\n.*\n\nChina has been|^“its relations with the U\.S\. as well/s,
		);
		expect(quote.split('\n\n')).toHaveLength(3);
		expect(quote).toMatch(
			/\n\nBut remember that China did support .* its relations with the U\.S\.”\n— Unnamed contributor, ¶ 2\.4–6\n/s,
		);
		await page.getByRole('button', { name: 'Cite this passage' }).click();
		expect(await copied(page, 'Copy Chicago')).toMatch(
			/^“its relations with the U\.S\. as well.*” \(¶ 2\.4–6\)\n/s,
		);

		// Opened, the browser goes to the start of the range in ¶ 2.4 (not ¶ 2.2, where the words come first),
		// and it does so by the words: under another paragraph's anchor it still does.
		const path = link.replace('https://conversations.example.org', '');
		const opened = await site.open(path, { viewport: { width: 390, height: 500 } });
		expect(await matchedParagraph(opened, TWICE)).toBe('c2-p4');
		const textLed = await site.open(path.replace('#c2-p4', '#c2-p1'), {
			viewport: { width: 390, height: 500 },
		});
		expect(await matchedParagraph(textLed, TWICE)).toBe('c2-p4');
		// The words Chromium highlights are the ones selected: from "its" in ¶ 2.4 (not the word
		// before) to "U.S." in ¶ 2.6 (not the word after), all of ¶ 2.5 between, and nothing of ¶ 2.2.
		const tall = await site.open(path, {
			viewport: { width: 1280, height: 2400 },
			bypassCSP: true,
		});
		await tall.waitForTimeout(500);
		const marked = await highlighted(tall, [
			['c2-p4', 'prevent', 0],
			['c2-p4', 'its', 1],
			['c2-p5', 'Yesterday', 0],
			['c2-p6', 'U.S.', 0],
			['c2-p6', 'and', 2],
			['c2-p2', 'its relations', 0],
		]);
		expect(marked).toEqual([false, true, true, true, false, false]);
		for (const p of [page, opened, textLed, tall]) await p.context().close();
	});

	it('copies a quote with the writer as the page attributes them, and cites in each style of “cite this”', async () => {
		const page = await site.open(C2, clipboard);
		await select(page, 'c2-p2', TWICE);
		// "… the U.S. and" comes twice as well (¶ 2.2 and 2.6): the word before decides.
		const link = `https://conversations.example.org${C2}#c2-p2:~:text=stabilize-,its%20relations%20with%20the%20U.S.`;
		expect(await copied(page, 'Copy quote')).toBe(
			`“${TWICE}”\n— Unnamed contributor, ¶ 2.2\n${link}`,
		);

		await page.getByRole('button', { name: 'Cite this passage' }).click();
		const styles = await page.locator('.passage-output button').allTextContents();
		expect(styles).toEqual(['Copy Chicago', 'Copy APA', 'Copy MLA']);
		const apa = await copied(page, 'Copy APA');
		expect(apa).toMatch(
			new RegExp(
				`^“${TWICE.replace(/\./g, '\\.')}” \\(¶ 2\\.2\\)\\n.*Contribution 2 to .*\\nPassage: `,
			),
		);
		expect(apa.endsWith(link)).toBe(true);
		await page.context().close();
	});

	it('on the thread, cites in the styles of the contribution’s own “cite this”, fetched when asked for', async () => {
		const page = await site.open(THREAD, clipboard);
		expect(await page.locator('#c2 .cite-this dd').count()).toBe(0);
		await select(page, 'c2-p2', TWICE);
		await page.getByRole('button', { name: 'Cite this passage' }).click();
		await page.waitForSelector('.passage-output button');
		expect(await page.locator('.passage-output button').allTextContents()).toEqual([
			'Copy Chicago',
			'Copy APA',
			'Copy MLA',
		]);
		expect(await copied(page, 'Copy MLA')).toMatch(/Contribution 2 to /);
		await page.context().close();
	});

	it('stays within the text column as it grows: a copied link or the citation styles widen it no further than its buttons', async () => {
		const page = await site.open(C2, { ...clipboard, viewport: { width: 1280, height: 900 } });
		await select(page, 'c2-p4', TWICE);
		const right = () =>
			page.evaluate(() => document.querySelector('.passage')!.getBoundingClientRect().right);
		// (To the pixel: the control is placed by whole pixels.)
		const column = await page.evaluate(
			() => document.getElementById('c2-p4')!.getBoundingClientRect().right + 1,
		);
		// The margin holds notes beside the paragraph at this width: the control must not run over them.
		expect(
			await page.evaluate(
				(column) =>
					[...document.querySelectorAll('.sidenote')].some(
						(n) => n.getBoundingClientRect().left >= column,
					),
				column,
			),
		).toBe(true);
		expect(await right()).toBeLessThanOrEqual(column);
		await copied(page, 'Link to this passage');
		expect(await right()).toBeLessThanOrEqual(column);
		await page.getByRole('button', { name: 'Cite this passage' }).click();
		await page.waitForSelector('.passage-output button');
		expect(await right()).toBeLessThanOrEqual(column);
		await page.context().close();
	});

	it('declines a selection across two contributions, and one in a note, with a sentence', async () => {
		const page = await site.open(THREAD);
		await select(page, 'c1-p5', 'the', 0, 'c2-p1');
		expect(await page.locator('.passage').textContent()).toMatch(/spans two contributions/);
		expect(await page.locator('.passage button').count()).toBe(0);

		await page.evaluate(() => {
			const note = document.querySelector('.sidenote')!;
			getSelection()!.selectAllChildren(
				note.lastChild!.nodeType === 3 ? note : note.lastElementChild!,
			);
		});
		await page.waitForFunction(() =>
			/Notes are/.test(document.querySelector('.passage')?.textContent ?? ''),
		);
		expect(await page.locator('.passage button').count()).toBe(0);
		await page.context().close();
	});

	it('at 1280 px, answers a selection in a margin note under it, in the notes’ column, not over the text', async () => {
		const page = await site.open(THREAD, { viewport: { width: 1280, height: 900 } });
		const note = page.locator('#note-xi-jinping');
		await note.scrollIntoViewIfNeeded();
		const words = await note.evaluate((n) => {
			const text = [...n.childNodes].find((c) => c.nodeType === 3 && c.textContent!.length > 20)!;
			const range = document.createRange();
			range.setStart(text, 5);
			range.setEnd(text, 20);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			const { bottom } = range.getBoundingClientRect();
			return { bottom };
		});
		await page.waitForFunction(() =>
			/Notes are/.test(document.querySelector('.passage')?.textContent ?? ''),
		);
		const [box, noteBox, column] = await page.evaluate(() => [
			document.querySelector('.passage')!.getBoundingClientRect().toJSON() as DOMRect,
			document.getElementById('note-xi-jinping')!.getBoundingClientRect().toJSON() as DOMRect,
			document.getElementById('c1-p1')!.getBoundingClientRect().toJSON() as DOMRect,
		]);
		expect(box.left).toBeGreaterThan(column.right);
		expect(box.left).toBeCloseTo(noteBox.left, 0);
		expect(box.right).toBeLessThanOrEqual(1280);
		expect(box.top).toBeGreaterThanOrEqual(words.bottom);
		await page.context().close();
	});

	it('is announced, reached by Tab right after the paragraph, and closed by Esc', async () => {
		const page = await site.open(C2);
		// Real selections: a triple click selects the paragraph (to the start of what follows it)…
		await page.locator('#c2-p1').click({ clickCount: 3, position: { x: 60, y: 10 } });
		await page.waitForSelector('.passage button');
		// … and a double click a word: the control is made again for it once the selection rests.
		const before = await page.$('.passage');
		await page.locator('#c2-p1').dblclick({ position: { x: 60, y: 10 } });
		await page.waitForFunction((old) => {
			const now = document.querySelector('.passage');
			return now !== null && now !== old;
		}, before);
		expect(
			await page.evaluate(() =>
				document.querySelector('.passage')!.previousElementSibling!.matches('#c2-p1, #c2-p1 ~ *'),
			),
		).toBe(true);
		await page.waitForFunction(() =>
			/Passage in paragraph 2\.1/.test(
				document.querySelector('[aria-live=polite]')?.textContent ?? '',
			),
		);
		// From the selection, Tab goes through the rest of the paragraph's links to the control.
		let presses = 0;
		while (
			!(await page.evaluate(() => document.activeElement?.closest('.passage') !== null)) &&
			presses++ < 40
		)
			await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Link to this passage',
		);
		await page.keyboard.press('Escape');
		expect(await page.locator('.passage').count()).toBe(0);
		await page.context().close();
	});

	it('keeps the focus when Tab reaches the control before a changed selection has rested', async () => {
		const page = await site.open(C2);
		// The page's clock is held, so that the Tab certainly comes within the 400 ms a selection takes to rest.
		await page.clock.install();
		const choose = (words: string) =>
			page.evaluate((words) => {
				const text = [...document.getElementById('c2-p2')!.childNodes].find(
					(node) => node instanceof Text && node.data.includes(words),
				) as Text;
				const at = text.data.indexOf(words);
				getSelection()!.setBaseAndExtent(text, at, text, at + words.length);
			}, words);
		// Words selected as caret browsing selects them, the control made for them, and the focus on
		// the paragraph's permalink, the stop just before the control.
		await choose('China has been');
		await page.clock.runFor(500);
		const before = await page.waitForSelector('.passage button').then(() => page.$('.passage'));
		await page.locator('#c2-p2 .para-link').focus();
		// Other words selected, and Tab pressed at once: it reaches the control made for the first words.
		await choose('looking for ways');
		await page.keyboard.press('Tab');
		expect(await page.evaluate((old) => old!.contains(document.activeElement), before)).toBe(true);
		// The selection rests: the control is made again for the new words, and the focus is in it.
		await page.clock.runFor(500);
		await page.waitForFunction((old) => {
			const now = document.querySelector('.passage');
			return now !== null && now !== old;
		}, before);
		expect(
			await page.evaluate(
				() => document.activeElement?.closest('.passage') === document.querySelector('.passage'),
			),
		).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Link to this passage',
		);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.querySelector('.passage-text')?.textContent)).toMatch(
			/:~:text=looking%20for%20ways$/,
		);
		await page.context().close();
	});

	it('is announced for a selection, used from the keyboard, and closed by Esc with focus given back', async () => {
		const page = await site.open(C2);
		// Headless Chromium has no caret browsing (F7) and Shift+arrows do not extend a selection in
		// text that is not editable, so the words are selected by script, as caret browsing would;
		// everything after is the keyboard's.
		await page.evaluate(() => {
			const text = [...document.getElementById('c2-p2')!.childNodes].find(
				(node) => node instanceof Text && node.data.includes('China'),
			) as Text;
			const at = text.data.indexOf('China has been');
			getSelection()!.setBaseAndExtent(text, at, text, at + 'China has been'.length);
		});
		await page.waitForSelector('.passage button');
		// Announced in a polite live region, and named as a group of controls.
		await page.waitForFunction(() =>
			/Passage in paragraph 2\.2 selected/.test(
				document.querySelector('[aria-live=polite]')?.textContent ?? '',
			),
		);
		expect(await page.locator('.passage').getAttribute('role')).toBe('group');
		expect(await page.locator('.passage').getAttribute('aria-label')).toBe('Passage in ¶ 2.2');
		// Tab from the selection reaches the control after the paragraph's own links.
		let presses = 0;
		while (
			!(await page.evaluate(() => document.activeElement?.closest('.passage') !== null)) &&
			presses++ < 40
		)
			await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
			'Link to this passage',
		);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() =>
			/Link/.test(document.querySelector('.passage-status')?.textContent ?? ''),
		);
		// Esc closes it; focus goes back to the paragraph's permalink, just before where the control was.
		await page.keyboard.press('Escape');
		expect(await page.locator('.passage').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.matches('#c2-p2 .para-link'))).toBe(
			true,
		);
		await page.waitForFunction(
			() => document.querySelector('[aria-live=polite]')?.textContent === 'Closed.',
		);
		await page.context().close();
	});

	it('passes axe when open, its citation styles shown, in light and dark', async () => {
		const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await site.open(C2, {
				...clipboard,
				colorScheme,
				viewport: { width: 390, height: 844 },
			});
			await select(page, 'c2-p2', TWICE);
			await page.getByRole('button', { name: 'Cite this passage' }).click();
			await copied(page, 'Copy MLA');
			await page.evaluate(axe);
			const violations = (await page.evaluate(() =>
				// @ts-expect-error axe is injected above
				window.axe.run('.passage', {
					runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
				}),
			)) as { violations: { id: string }[] };
			expect(violations.violations.map((v) => v.id)).toEqual([]);
			await page.context().close();
		}
	});

	it('offers nothing without JavaScript, and the page is as it was', async () => {
		const page = await site.open(C2, { javaScriptEnabled: false });
		await page.locator('#c2-p1').dblclick({ position: { x: 60, y: 10 } });
		await page.waitForTimeout(600);
		expect(await page.locator('.passage').count()).toBe(0);
		await page.context().close();
	});
});
