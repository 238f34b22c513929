import type { CslItem } from '../../src/citations/engine.ts';

/** Two newspaper reports as CSL-JSON, one with a URL: the sources the citation tests cite. */
export const items: CslItem[] = [
	{
		id: 'bbc2013',
		type: 'article-newspaper',
		title: 'UN adopts tough new North Korea sanctions after nuclear test',
		'container-title': 'BBC News',
		author: [{ literal: 'BBC News' }],
		issued: { 'date-parts': [[2013, 3, 7]] },
		URL: 'https://www.bbc.co.uk/news/world-asia-21704862',
	},
	{
		id: 'ap2011',
		type: 'article-newspaper',
		title: 'China objects',
		author: [{ literal: 'Associated Press' }],
		issued: { 'date-parts': [[2011, 6, 30]] },
	},
];
