import { SEARCH_OPTIONS } from '../search/search-options.ts';

/**
 * Loads Pagefind's Component UI (script and stylesheet) once, on first use, so that reading a
 * page costs no search code at all, and configures it with the site's search options.
 */
let loading: Promise<void> | undefined;

type Components = { configureInstance: (name: string, options: object) => void };

export function loadPagefindUi(): Promise<void> {
	loading ??= new Promise<void>((resolve, reject) => {
		const style = document.createElement('link');
		style.rel = 'stylesheet';
		style.href = '/pagefind/pagefind-component-ui.css';
		document.head.append(style);
		const script = document.createElement('script');
		script.type = 'module';
		script.src = '/pagefind/pagefind-component-ui.js';
		script.onload = () => {
			(window as unknown as { PagefindComponents: Components }).PagefindComponents.configureInstance('default', SEARCH_OPTIONS);
			resolve();
		};
		script.onerror = () => reject(new Error('Search could not be loaded'));
		document.head.append(script);
	});
	return loading;
}

/** The result template: speaker and number as the title, the matching sentence, paragraph links. */
export const RESULT_TEMPLATE = `<li class="pf-result">
	<p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
	{{#if meta.context}}<p class="pf-result-context">{{ meta.context }}</p>{{/if}}
	{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
	{{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a> <span class="pf-heading-excerpt">{{+ sub.excerpt +}}</span></li>{{/each}}</ul>{{/if}}
</li>`;

/**
 * Pagefind's filter dropdown opens from an element with the combobox role whose label is only
 * its text, which a combobox does not take as its name; screen readers would announce an
 * unnamed control. Name each one from its filter's label, now and whenever one appears.
 */
export function nameFilterDropdowns(root: HTMLElement): void {
	const name = () => {
		for (const dropdown of root.querySelectorAll<HTMLElement>('pagefind-filter-dropdown')) {
			const trigger = dropdown.querySelector<HTMLElement>('.pf-dropdown-trigger');
			if (trigger && !trigger.hasAttribute('aria-label'))
				trigger.setAttribute('aria-label', `Filter by ${(dropdown.getAttribute('label') ?? 'filter').toLowerCase()}`);
		}
	};
	name();
	new MutationObserver(name).observe(root, { childList: true, subtree: true });
}
