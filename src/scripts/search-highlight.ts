/**
 * Marks the search terms on a page opened from a search result (`?highlight=…`), with
 * Pagefind's highlighter, fetched only then.
 */
import { SEARCH_OPTIONS } from '../search/search-options.ts';

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
