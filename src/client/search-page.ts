import { loadPagefind } from './pagefind-client.ts';
import { attachSearch } from './search-ui.ts';

/**
 * The /search/ page: a shareable search. It reads `?q=` (and any filter, `?speaker=…`), runs it,
 * and keeps the address in step with what the reader types and picks, so a search can be copied
 * as a link. Filters list their values only when opened: each filter's index is fetched then,
 * not with every first search.
 */
export function startSearchPage(root: HTMLElement): void {
	const form = root.querySelector('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const filtersBox = form.querySelector('details')!;
	const selects = [...form.querySelectorAll('select')];
	const params = new URLSearchParams(location.search);

	input.value = params.get('q') ?? '';
	for (const select of selects) {
		const chosen = params.get(select.name);
		if (chosen) select.add(new Option(chosen, chosen, true, true));
	}

	const filters = () =>
		Object.fromEntries(
			selects.filter((select) => select.value).map((select) => [select.name, select.value]),
		);

	function keepInAddress() {
		const url = new URL(location.href);
		url.search = '';
		if (input.value) url.searchParams.set('q', input.value);
		for (const [name, value] of Object.entries(filters())) url.searchParams.set(name, value);
		history.replaceState(null, '', url);
	}

	let filtersListed = false;
	async function listFilterValues() {
		if (filtersListed) return;
		filtersListed = true;
		const all = await (await loadPagefind()).filters();
		for (const select of selects) {
			const chosen = select.value;
			const values = Object.entries(all[select.name] ?? {}).sort(([a], [b]) => a.localeCompare(b));
			select.replaceChildren(
				select.options[0]!,
				...values.map(
					([value, count]) => new Option(`${value} (${count})`, value, false, value === chosen),
				),
			);
		}
	}

	const search = attachSearch(root, input, { filters, onQuery: keepInAddress });

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void search.run();
	});
	filtersBox.addEventListener('toggle', () => void listFilterValues());
	for (const select of selects) {
		select.addEventListener('change', () => {
			keepInAddress();
			void search.run();
		});
	}

	form.hidden = false;
	if (Object.keys(filters()).length) filtersBox.open = true;
	input.focus();
	if (input.value) void search.run();
}
