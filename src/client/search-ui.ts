/**
 * Live search on a text field, shared by the search dialog and the /search/ page: results appear
 * as the reader types, five at a time, each with its best paragraphs; the count is announced
 * politely; ↓ and ↑ move between the links, Enter opens one.
 */

import {
	type ExcerptPart,
	type ResultView,
	resultCountText,
	toResultView,
} from '../search/result-view.ts';
import { loadPagefind, type PagefindResult } from './pagefind-client.ts';
import { languageRuns } from '../core/languages.ts';

/** What the dialog or the page adds to the shared search. */
export interface SearchBehaviour {
	/** Filters to apply, read on every search. */
	filters?: () => Record<string, string>;
	/** Called with the query whenever it changes (the search page keeps it in its address). */
	onQuery?: (query: string) => void;
}

/** Results are shown five at a time: each one shown costs a fragment fetched. */
const PAGE_SIZE = 5;
/** Typing pauses this long before a search runs. */
const DEBOUNCE_MS = 120;

/**
 * Runs the search typed into `input`, showing it in `root`'s `.search-summary` (a `role="status"`
 * element, for the count of results), `.search-results` (an `<ol>`) and `.search-more` (a button
 * for the next results, hidden when there are none).
 */
export function attachSearch(
	root: HTMLElement,
	input: HTMLInputElement,
	behaviour: SearchBehaviour = {},
): { run: () => Promise<void> } {
	const status = root.querySelector<HTMLElement>('.search-summary')!;
	const results = root.querySelector<HTMLOListElement>('.search-results')!;
	const more = root.querySelector<HTMLButtonElement>('.search-more')!;
	let generation = 0;
	let pending: PagefindResult[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;

	const showNext = async (current: number) => {
		const batch = pending.slice(0, PAGE_SIZE);
		const views = (await Promise.all(batch.map((result) => result.data()))).map(toResultView);
		if (current !== generation) return [];
		pending = pending.slice(PAGE_SIZE);
		const items = views.map(resultItem);
		results.append(...items);
		more.hidden = pending.length === 0;
		return items;
	};

	const run = async () => {
		const current = ++generation;
		const query = input.value.trim();
		if (!query) {
			results.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		try {
			const pagefind = await loadPagefind();
			const found = await pagefind.search(query, { filters: behaviour.filters?.() ?? {} });
			if (current !== generation) return;
			pending = found.results;
			results.replaceChildren();
			await showNext(current);
			if (current === generation) status.textContent = resultCountText(found.results.length, query);
		} catch {
			// Offline, or the index is being republished: say so, and try afresh on the next key.
			if (current !== generation) return;
			results.replaceChildren();
			more.hidden = true;
			status.textContent = 'Search could not be loaded. Check the connection and try again.';
		}
	};

	input.addEventListener('input', () => {
		behaviour.onQuery?.(input.value);
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	more.addEventListener('click', () => {
		void showNext(generation).then(([first]) => {
			// Keyboard readers continue from the first new result.
			first?.querySelector('a')?.focus();
		});
	});

	const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];
	input.addEventListener('keydown', (event) => {
		const [first] = links();
		if (!first) return;
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			first.focus();
		} else if (event.key === 'Enter') {
			event.preventDefault();
			location.assign(first.href);
		}
	});
	results.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (at < 0) return;
		event.preventDefault();
		const next = at + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < 0) input.focus();
		else all[Math.min(next, all.length - 1)]!.focus();
	});
	return { run };
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

/** An excerpt built from text nodes, with the matched words marked and other languages tagged. */
function excerpt(parts: ExcerptPart[]): Node[] {
	return parts.map((part) => {
		if (!part.marked && !part.lang) return document.createTextNode(part.text);
		const node = element(part.marked ? 'mark' : 'span', '', part.text);
		if (part.lang) node.lang = part.lang;
		return node;
	});
}

/** Text with its Chinese and Korean runs tagged, as a title may hold a name in characters. */
function withLanguages(text: string): Node[] {
	return languageRuns(text).map(({ text: run, lang }) => {
		if (!lang) return document.createTextNode(run);
		const span = element('span', '', run);
		span.lang = lang;
		return span;
	});
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
	const anchor = element('a', className, ...withLanguages(text));
	anchor.href = href;
	return anchor;
}

function resultItem(view: ResultView): HTMLLIElement {
	const item = element(
		'li',
		'search-result',
		element('p', 'search-result-title', link(view.url, 'search-result-link', view.title)),
	);
	if (view.context) item.append(element('p', 'search-result-context', view.context));
	if (view.excerpt.length)
		item.append(element('p', 'search-result-excerpt', ...excerpt(view.excerpt)));
	if (view.paragraphs.length) {
		item.append(
			element(
				'ul',
				'search-result-paragraphs',
				...view.paragraphs.map((paragraph) =>
					element(
						'li',
						'',
						link(paragraph.url, 'search-result-paragraph', paragraph.title),
						' ',
						...excerpt(paragraph.excerpt),
					),
				),
			),
		);
	}
	return item;
}
