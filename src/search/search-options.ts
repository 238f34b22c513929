/**
 * How the site's searches run, shared by the search dialog, the /search/ page, the tests and the
 * benchmark, so that all of them measure the same thing.
 */
export const SEARCH_OPTIONS = {
	/** Results link to pages with `?highlight=…`, which marks the terms on arrival. */
	highlightParam: 'highlight',
	excerptLength: 24,
	// Search on the page's own thread: the worker would fetch a second copy of Pagefind's engine
	// (12 KB gzip) to keep off the main thread a search that takes milliseconds here.
	noWorker: true,
	ranking: {
		// A name query should lead first to the posts that mention the person, not to the names
		// index's page about them, whose title is the name itself.
		metaWeights: { title: 0.1 },
		// Short pages (a person's entry) are not to be favoured over a post for being short.
		pageLength: 0,
	},
} as const;
