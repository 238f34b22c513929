import { loadPagefindUi, RESULT_TEMPLATE } from './pagefind-ui.ts';
import { isSearchShortcut } from './search-keys.ts';

/**
 * The search dialog on every page. Without JavaScript the header's search control is a link to
 * the names index; this script swaps in a button, and opens Pagefind's modal from it, from
 * Ctrl/⌘+K and from "/". Nothing of Pagefind loads until the reader asks for search.
 *
 * The dialog is for quick look-ups and carries no filters: loading a filter's index costs every
 * first search tens of KB on a large edition. The /search/ page has them.
 */
type PagefindModal = HTMLElement & { open(): void };

let modal: PagefindModal | undefined;

async function openSearch() {
	await loadPagefindUi();
	if (!modal) {
		const holder = document.createElement('div');
		holder.innerHTML = `<pagefind-modal reset-on-close><pagefind-modal-header><pagefind-input placeholder="Search the conversations, notes and names"></pagefind-input></pagefind-modal-header>
<pagefind-modal-body><pagefind-summary></pagefind-summary>
<pagefind-results max-sub-results="2"><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results></pagefind-modal-body>
<pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer></pagefind-modal>`;
		document.body.append(...holder.children);
		await customElements.whenDefined('pagefind-modal');
		modal = document.querySelector<PagefindModal>('pagefind-modal')!;
	}
	modal.open();
}

const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
const button = document.querySelector<HTMLButtonElement>('[data-search-button]');
if (link && button) {
	link.hidden = true;
	button.hidden = false;
	button.addEventListener('click', () => void openSearch());
}
document.addEventListener('keydown', (event) => {
	if (!isSearchShortcut(event, event.target) || modal?.querySelector('dialog[open]')) return;
	event.preventDefault();
	void openSearch();
});
