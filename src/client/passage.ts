import { passageUrl, rangeDirective, wholeWords } from '../lib/passage-link.ts';
import { citationText, locatorRange, quoteText, type Passage } from '../lib/passage-quote.ts';
import { citeStyles } from './cite-styles.ts';
import { el, pageText, partsOf, targetText } from './passage-selection.ts';

/**
 * The passage control: loaded on a reader's first selection in a contribution (see site.ts). For
 * words selected in one contribution, in one paragraph or running over several, it offers a link
 * to them, a citation and a quote; anything else (two contributions, a note, the apparatus) it
 * declines in a sentence.
 * It is put in the page right after the paragraph's own blocks, so Tab reaches it next, placed
 * beside the selection without moving the text, and announced through a polite live region.
 * The link, quote and citation come from plain modules in src/lib.
 */

let control: HTMLElement | undefined;
let live: HTMLElement | undefined;
// Where focus goes back to when Esc closes the control from inside it: the paragraph's permalink,
// the last stop before the control in the tab order.
let returnTo: HTMLElement | null | undefined;

function make<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	className = '',
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.textContent = text;
	if (className) node.className = className;
	return node;
}

function announce(message: string) {
	if (!live) document.body.append((live = make('p', '', 'visually-hidden')));
	live.setAttribute('aria-live', 'polite');
	// A moment later, so that a reader's screen reader hears a change even for the same words.
	live.textContent = '';
	setTimeout(() => (live!.textContent = message), 50);
}

export function close() {
	control?.remove();
	control = undefined;
}

/** Offers the control for the current selection, or declines it. */
export function offer(selection: Selection) {
	if (selection.isCollapsed || !selection.rangeCount) return;
	const range = selection.getRangeAt(0);
	if (control?.contains(range.commonAncestorContainer)) return;
	// A reader who reached the control before the selection rested keeps their place in the new one.
	const focused = control?.contains(document.activeElement)
		? document.activeElement!.textContent
		: null;
	close();
	const found = partsOf(range);
	const box = (control = make('div', '', 'passage'));
	box.setAttribute('role', 'group');
	const status = make('p', '', 'passage-status');
	if (typeof found === 'string') {
		status.textContent = found;
		box.setAttribute('aria-label', 'Passage');
		box.append(status);
		show(
			box,
			el(range.endContainer)!.closest('p, li, div, details, header, footer') ?? document.body,
			range,
			focused,
		);
		announce(found);
		return;
	}
	const [first, last] = [found[0]!, found.at(-1)!];
	const article = first.p.closest('article.contribution')!;
	const parts = found.map(({ paragraph, start, end }) => {
		const [from, to] = wholeWords(paragraph.text, start, end)!;
		return { paragraph, start: from, end: to };
	});
	const number = (p: Element) => p.querySelector('.para-link')?.textContent ?? '';
	const locator = locatorRange(number(first.p), number(last.p));
	const here = location.pathname;
	const path = here.endsWith(`/${article.id}/`) ? here : `${here}${article.id}/`;
	const canonical =
		document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
	const target = path === here ? Promise.resolve(pageText(document.body)) : targetText(path);
	const passage: Promise<Passage> = target.then((text) => ({
		words: parts.map(({ paragraph, start, end }) => paragraph.text.slice(start, end)),
		writer: article.querySelector('.contribution-speaker a')?.textContent ?? '',
		locator,
		url: passageUrl(new URL(path, canonical).href, first.p.id, rangeDirective(parts, text)),
	}));
	box.setAttribute('aria-label', `Passage in ¶ ${locator}`);
	const output = make('div', '', 'passage-output');
	// What was copied stays in view, to check, or to copy by hand where the clipboard is refused.
	const shown = make('p', '', 'passage-text');
	const copy = async (what: string, text: string) => {
		shown.textContent = text;
		try {
			await navigator.clipboard.writeText(text);
			status.textContent = `${what} copied.`;
		} catch {
			status.textContent = `Copy the ${what.toLowerCase()} from here.`;
		}
		announce(status.textContent);
	};
	const button = (label: string, act: () => unknown) => {
		const b = make('button', label);
		b.type = 'button';
		b.addEventListener('click', () => void act());
		return b;
	};
	const cite = async () => {
		const chosen = await passage;
		const styles = await citeStyles(article);
		output.replaceChildren(
			...styles.map((dd) => {
				const label = dd.previousElementSibling?.textContent ?? '';
				return button(`Copy ${label}`, () =>
					copy(`${label} citation`, citationText(chosen, dd.textContent)),
				);
			}),
		);
		status.textContent = 'Choose a style to copy.';
		announce(status.textContent);
		(output.firstElementChild as HTMLElement | null)?.focus();
	};
	box.append(
		button('Link to this passage', async () => copy('Link', (await passage).url)),
		button('Cite this passage', cite),
		button('Copy quote', async () => copy('Quote', quoteText(await passage))),
		status,
		output,
		shown,
	);
	returnTo = last.p.querySelector<HTMLElement>('.para-link');
	let after: Element = last.p;
	while (after.nextElementSibling && !after.nextElementSibling.matches('p'))
		after = after.nextElementSibling;
	show(box, after, range, focused);
	announce(
		`Passage in ${found.length > 1 ? 'paragraphs' : 'paragraph'} ${locator} selected: link, cite or copy it with the buttons after the paragraph. Escape closes them.`,
	);
}

/**
 * Puts the box after `after` in the page, and beside the selection on the screen; if the focus was
 * in the box it replaces, on the button of the same name, the first, or the box itself.
 */
function show(box: HTMLElement, after: Element, range: Range, focused: string | null) {
	after.after(box);
	const container = (box.offsetParent ?? document.documentElement).getBoundingClientRect();
	const rects = range.getClientRects();
	const at = rects[rects.length - 1] ?? range.getBoundingClientRect();
	box.style.top = `${at.bottom - container.top + 8}px`;
	box.style.left = `${Math.max(0, Math.min(at.left - container.left, container.width - box.offsetWidth))}px`;
	if (focused == null) return;
	const buttons = [...box.querySelectorAll('button')];
	box.tabIndex = -1;
	(buttons.find((b) => b.textContent == focused) ?? buttons[0] ?? box).focus();
}

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape' || !control) return;
	// The selection stays, so the reader is where they were; focus, if it was in the control, goes
	// back to just before it rather than to the top of the page.
	const inside = control.contains(document.activeElement);
	close();
	if (inside) returnTo?.focus();
	announce('Closed.');
});
document.addEventListener('selectionchange', () => {
	const selection = getSelection();
	if (control && selection?.isCollapsed && !control.contains(document.activeElement)) close();
});
