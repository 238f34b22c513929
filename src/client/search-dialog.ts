import { attachSearch } from './search-ui.ts';

/**
 * The search dialog, built on first use (the page's own script only swaps the header's link for
 * a button and listens for the shortcut). A native modal `<dialog>`: it keeps focus inside, Esc
 * closes it, and focus goes back to where the reader was.
 *
 * It is for quick look-ups and has no filters; the /search/ page has them.
 */
const MARKUP = `<div class="search-dialog-head">
	<form class="search-dialog-form" role="search">
		<label class="visually-hidden" for="search-dialog-input">Search the conversations, notes and names</label>
		<input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false" enterkeyhint="go"
			placeholder="Search the conversations, notes and names" aria-describedby="search-dialog-keys">
	</form>
	<button type="button" class="search-dialog-close">Close</button>
</div>
<p class="search-summary" role="status"></p>
<ol class="search-results" aria-label="Results"></ol>
<button type="button" class="search-more" hidden>More results</button>
<p class="search-dialog-keys" id="search-dialog-keys"><kbd>↓</kbd> <kbd>↑</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close</p>`;

let dialog: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;

function build(): HTMLDialogElement {
	const built = document.createElement('dialog');
	built.className = 'search-dialog';
	built.setAttribute('aria-label', 'Search');
	built.innerHTML = MARKUP;
	document.body.append(built);
	attachSearch(built, built.querySelector('input')!);
	built.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
	built.querySelector('.search-dialog-close')!.addEventListener('click', () => built.close());
	// A click on the backdrop (the dialog element itself, outside its content) closes it.
	built.addEventListener('click', (event) => {
		if (event.target === built) built.close();
	});
	// Esc closes at once, as the hint says (in a search field it would first clear the words).
	built.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		built.close();
	});
	built.addEventListener('close', () => returnTo?.focus());
	return built;
}

export function openSearchDialog(): void {
	dialog ??= build();
	if (dialog.open) return;
	returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	dialog.showModal();
	const input = dialog.querySelector('input')!;
	input.focus();
	input.select();
}
