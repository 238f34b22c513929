import { SEARCH_OPTIONS } from '../search/search-options.ts';
import { isSearchShortcut } from './search-keys.ts';

/**
 * The one script every page runs, kept to a few hundred bytes: reading needs none of it. It
 *
 * - swaps the header's "Search names" link (which works without JavaScript) for a search
 *   button, and opens the search dialog from it, and from Ctrl/⌘+K, loading the dialog and
 *   Pagefind only then;
 * - on the /search/ page, loads that page's search;
 * - on a page opened from a search result (`?highlight=…`), marks the searched words with
 *   Pagefind's highlighter, fetched only then;
 * - when the reader selects words in a contribution, loads the passage control (link, cite,
 *   quote; passage.ts), only then;
 * - in a browser without text fragments, goes to the paragraph a passage link names.
 */
// One chunk for all of search (the dialog, the page and Pagefind's loader), so that opening it
// costs one request.
const search = () => import('./search.ts');
const openSearch = async () => (await search()).openSearchDialog();

const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
if (link && button) {
	link.hidden = true;
	button.hidden = false;
	// The hint names the key this reader's keyboard has.
	const hint = button.querySelector('kbd');
	if (hint && /Mac|iPhone|iPad/.test(navigator.userAgent)) hint.textContent = '⌘K';
	button.addEventListener('click', () => void openSearch());
}
document.addEventListener('keydown', (event) => {
	if (!isSearchShortcut(event) || document.querySelector('dialog.search-dialog[open]')) return;
	event.preventDefault();
	void openSearch();
});

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
if (searchPage) void search().then(({ startSearchPage }) => startSearchPage(searchPage));

if (new URLSearchParams(location.search).has(SEARCH_OPTIONS.highlightParam)) {
	const script = document.createElement('script');
	script.type = 'module';
	script.src = '/pagefind/pagefind-highlight.js';
	script.onload = () => {
		const Highlight = (window as unknown as { PagefindHighlight?: new (options: { highlightParam: string }) => unknown }).PagefindHighlight;
		if (Highlight) new Highlight({ highlightParam: SEARCH_OPTIONS.highlightParam });
	};
	document.head.append(script);
}

// Selecting with a mouse, a finger or the keyboard all end in selection changes: the control
// loads once the selection has rested, and only for one that touches a contribution.
let resting = 0;
document.addEventListener('selectionchange', () => {
	clearTimeout(resting);
	resting = window.setTimeout(() => {
		const selection = getSelection();
		const inContribution = (node: Node | null | undefined) =>
			(node instanceof Element ? node : node?.parentElement)?.closest('.contribution');
		if (selection && !selection.isCollapsed && (inContribution(selection.anchorNode) || inContribution(selection.focusNode)))
			void import('./passage.ts').then(({ offer }) => offer(selection));
	}, 400);
});

// `#c6-p2:~:text=…` names no element where text fragments are unknown: go to the paragraph.
const [target, directive] = location.hash.slice(1).split(':~:');
if (directive && !(document as { fragmentDirective?: object }).fragmentDirective)
	document.getElementById(decodeURIComponent(target!))?.scrollIntoView();
