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
 * - on a conversation's pages, loads the link previews on the first hover, focus or tap of a
 *   link to a post, a person or a reference, and hands them every such event from then on.
 * - when the reader selects words in a contribution, loads the passage control (link, cite,
 *   quote; passage.ts), only then;
 * - in a browser without text fragments, goes to the paragraph a passage link names;
 * - where notes stand in the margin, takes their markers out of the tab order (below).
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
		const Highlight = (
			window as unknown as {
				PagefindHighlight?: new (options: { highlightParam: string }) => unknown;
			}
		).PagefindHighlight;
		if (Highlight) new Highlight({ highlightParam: SEARCH_OPTIONS.highlightParam });
	};
	document.head.append(script);
}

const previewRoot = document.querySelector<HTMLElement>('[data-previews]');
if (previewRoot) {
	let previews: Promise<typeof import('./previews.ts')> | undefined;
	const relay = (event: Event) => {
		// Links that may preview (the module decides): to a post, a person or a reference.
		const link = (event.target as Element).closest?.(
			'a:is(.post-link,.person,[href^="#ref-"],[href^="#c"],[href^="/conversations/"]):not(.contribution-num,.para-link)',
		);
		if (!link || !previewRoot.contains(link)) return;
		// On a touch screen the first tap previews (the preview holds the link on); the second follows the link.
		if (
			event.type == 'click' &&
			(event as PointerEvent).pointerType == 'touch' &&
			!link.hasAttribute('data-previewing')
		)
			event.preventDefault();
		void (previews ??= import('./previews.ts')).then((module) =>
			module.preview(event, link, previewRoot.dataset['previews']!),
		);
	};
	for (const type of ['pointerover', 'pointerout', 'focusin', 'focusout', 'click'])
		document.addEventListener(type, relay);
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
		if (
			selection &&
			!selection.isCollapsed &&
			(inContribution(selection.anchorNode) || inContribution(selection.focusNode))
		)
			void import('./passage.ts').then(({ offer }) => offer(selection));
	}, 400);
});

// `#c6-p2:~:text=…` names no element where text fragments are unknown: go to the paragraph.
const [target, directive] = location.hash.slice(1).split(':~:');
if (directive && !(document as { fragmentDirective?: object }).fragmentDirective)
	document.getElementById(decodeURIComponent(target!))?.scrollIntoView();

// Where a note stands in the margin beside its words, its marker and its number lead nowhere
// new: they leave the tab order there (the note's own links stay), and come back where notes
// open under their paragraph. Only CSS knows which layout the room allows (a container query in
// rem), so it says so in `--notes`; the layout changes with the window and with the text size.
const noteBody = document.querySelector<HTMLElement>('.contribution-body');
if (noteBody) {
	const markers = document.querySelectorAll<HTMLElement>('.note-ref, .sidenote .note-num');
	const place = () => {
		const margin = getComputedStyle(noteBody).getPropertyValue('--notes').trim() === 'margin';
		for (const marker of markers) {
			if (margin) marker.tabIndex = -1;
			else marker.removeAttribute('tabindex');
		}
	};
	const watch = new ResizeObserver(place);
	watch.observe(document.querySelector('main') ?? document.body);
	watch.observe(noteBody);
}
