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
async function select(page: Page, paragraph: string, words: string, nth = 0, endParagraph = paragraph) {
	await page.evaluate(
		({ paragraph, words, nth, endParagraph }) => {
			const pointAt = (id: string, offset: number): [Text, number] => {
				const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
				let seen = 0;
				for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
					if (node.parentElement!.closest('.para-link, .note-ref, .sidenote')) continue;
					if (offset <= seen + node.length) return [node, offset - seen];
					seen += node.length;
				}
				throw new Error(`offset ${offset} past ${id}`);
			};
			const textOf = (id: string) => {
				const copy = document.getElementById(id)!.cloneNode(true) as Element;
				copy.querySelectorAll('.para-link, .note-ref, .sidenote').forEach((n) => n.remove());
				return copy.textContent!;
			};
			let at = -1;
			for (let n = 0; n <= nth; n++) at = textOf(paragraph).indexOf(words, at + 1);
			if (at < 0) throw new Error(`"${words}" not in ${paragraph}`);
			const range = document.createRange();
			range.setStart(...pointAt(paragraph, at));
			const endAt = endParagraph === paragraph ? at + words.length : textOf(endParagraph).indexOf(words) + words.length;
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
		const candidates = [...document.querySelectorAll('.contribution-body > p')].filter((p) => p.textContent!.includes(words));
		const distance = (p: Element) => {
			const rect = p.getBoundingClientRect();
			return middle < rect.top ? rect.top - middle : middle > rect.bottom ? middle - rect.bottom : 0;
		};
		return candidates.sort((a, b) => distance(a) - distance(b))[0]!.id;
	}, words);
}

/** Clicks a control's button and returns what it put on the clipboard. */
async function copied(page: Page, name: string | RegExp): Promise<string> {
	await page.getByRole('button', { name }).click();
	await page.waitForFunction(() => /copied/.test(document.querySelector('.passage-status')?.textContent ?? ''));
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
		expect(link).toBe(`https://conversations.example.org${C2}#c2-p4:~:text=prevent-,its%20relations%20with%20the%20U.S.`);

		// Opened (on the test server), the browser goes to ¶ 2.4, not to ¶ 2.2, where the words come first.
		const opened = await site.open(link.replace('https://conversations.example.org', ''), { viewport: { width: 390, height: 500 } });
		expect(await matchedParagraph(opened, TWICE)).toBe('c2-p4');
		// It is the words that lead there, not the paragraph's anchor: under another anchor they still do.
		const textLed = await site.open(link.replace('https://conversations.example.org', '').replace('#c2-p4', '#c2-p1'), {
			viewport: { width: 390, height: 500 },
		});
		expect(await matchedParagraph(textLed, TWICE)).toBe('c2-p4');
		// The method tells the occurrences apart: the words alone go to the first.
		const wrong = await site.open(`${C2}#c2-p4:~:text=its%20relations%20with%20the%20U.S.`, { viewport: { width: 390, height: 500 } });
		expect(await matchedParagraph(wrong, TWICE)).toBe('c2-p2');
		for (const p of [page, opened, textLed, wrong]) await p.context().close();
	});

	it('copies a quote with the writer as the page attributes them, and cites in each style of “cite this”', async () => {
		const page = await site.open(C2, clipboard);
		await select(page, 'c2-p2', TWICE);
		// "… the U.S. and" comes twice as well (¶ 2.2 and 2.6): the word before decides.
		const link = `https://conversations.example.org${C2}#c2-p2:~:text=stabilize-,its%20relations%20with%20the%20U.S.`;
		expect(await copied(page, 'Copy quote')).toBe(`“${TWICE}”\n— Unnamed contributor, ¶ 2.2\n${link}`);

		await page.getByRole('button', { name: 'Cite this passage' }).click();
		const styles = await page.locator('.passage-output button').allTextContents();
		expect(styles).toEqual(['Copy Chicago', 'Copy APA', 'Copy MLA']);
		const apa = await copied(page, 'Copy APA');
		expect(apa).toMatch(new RegExp(`^“${TWICE.replace(/\./g, '\\.')}” \\(¶ 2\\.2\\)\\n.*Contribution 2 to .*\\nPassage: `));
		expect(apa.endsWith(link)).toBe(true);
		await page.context().close();
	});

	it('on the thread, cites in the styles of the contribution’s own “cite this”, fetched when asked for', async () => {
		const page = await site.open(THREAD, clipboard);
		expect(await page.locator('#c2 .cite-this dd').count()).toBe(0);
		await select(page, 'c2-p2', TWICE);
		await page.getByRole('button', { name: 'Cite this passage' }).click();
		await page.waitForSelector('.passage-output button');
		expect(await page.locator('.passage-output button').allTextContents()).toEqual(['Copy Chicago', 'Copy APA', 'Copy MLA']);
		expect(await copied(page, 'Copy MLA')).toMatch(/Contribution 2 to /);
		await page.context().close();
	});

	it('declines a selection across two contributions, and one in a note, with a sentence', async () => {
		const page = await site.open(THREAD);
		await select(page, 'c1-p5', 'the', 0, 'c2-p1');
		expect(await page.locator('.passage').textContent()).toMatch(/spans two contributions/);
		expect(await page.locator('.passage button').count()).toBe(0);

		await page.evaluate(() => {
			const note = document.querySelector('.sidenote')!;
			getSelection()!.selectAllChildren(note.lastChild!.nodeType === 3 ? note : note.lastElementChild!);
		});
		await page.waitForFunction(() => /Notes are/.test(document.querySelector('.passage')?.textContent ?? ''));
		expect(await page.locator('.passage button').count()).toBe(0);
		await page.context().close();
	});

	it('is announced, reached by Tab right after the paragraph, and closed by Esc', async () => {
		const page = await site.open(C2);
		// Real selections: a triple click selects the paragraph (to the start of what follows it)…
		await page.locator('#c2-p1').click({ clickCount: 3, position: { x: 60, y: 10 } });
		await page.waitForSelector('.passage button');
		// … and a double click a word.
		await page.locator('#c2-p1').dblclick({ position: { x: 60, y: 10 } });
		await page.waitForSelector('.passage');
		expect(await page.evaluate(() => document.querySelector('.passage')!.previousElementSibling!.matches('#c2-p1, #c2-p1 ~ *'))).toBe(true);
		await page.waitForFunction(() => /Passage in paragraph 2\.1/.test(document.querySelector('[aria-live=polite]')?.textContent ?? ''));
		// From the selection, Tab goes through the rest of the paragraph's links to the control.
		let presses = 0;
		while (!(await page.evaluate(() => document.activeElement?.closest('.passage') !== null)) && presses++ < 40)
			await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Link to this passage');
		await page.keyboard.press('Escape');
		expect(await page.locator('.passage').count()).toBe(0);
		await page.context().close();
	});

	it('passes axe when open, its citation styles shown, in light and dark', async () => {
		const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await site.open(C2, { ...clipboard, colorScheme, viewport: { width: 390, height: 844 } });
			await select(page, 'c2-p2', TWICE);
			await page.getByRole('button', { name: 'Cite this passage' }).click();
			await copied(page, 'Copy MLA');
			await page.evaluate(axe);
			const violations = (await page.evaluate(() =>
				// @ts-expect-error axe is injected above
				window.axe.run('.passage', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
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
