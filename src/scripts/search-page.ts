import { loadPagefindUi, nameFilterDropdowns, RESULT_TEMPLATE } from './pagefind-ui.ts';

/**
 * The /search/ page: a shareable search. It reads `?q=`, runs it with Pagefind's components and
 * keeps the address in step with what the reader types, so a search can be copied as a link.
 */
const results = document.querySelector<HTMLElement>('[data-search-results]');

if (results) {
	const query = new URLSearchParams(location.search).get('q') ?? '';
	await loadPagefindUi();
	results.innerHTML = `<pagefind-input placeholder="Words or names"></pagefind-input>
<pagefind-filter-dropdown filter="speaker" label="Speaker"></pagefind-filter-dropdown>${results.dataset.severalConversations === 'true' ? '<pagefind-filter-dropdown filter="conversation" label="Conversation"></pagefind-filter-dropdown>' : ''}
<pagefind-summary></pagefind-summary>
<pagefind-results max-sub-results="2"><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results>`;
	nameFilterDropdowns(results);
	await customElements.whenDefined('pagefind-input');
	const input = results.querySelector('pagefind-input')?.querySelector('input');
	if (input) {
		input.value = query;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		input.addEventListener('input', () => {
			const url = new URL(location.href);
			if (input.value) url.searchParams.set('q', input.value);
			else url.searchParams.delete('q');
			history.replaceState(null, '', url);
		});
		input.focus();
	}
}
