/** The site's name, in the header, in titles and in link previews. */
export const SITE_NAME = 'ChinaFile Conversations, annotated';

/** The main navigation, in order. */
export const NAV = [
	{ href: '/', label: 'Conversations' },
	{ href: '/speakers/', label: 'Speakers' },
	{ href: '/about/', label: 'Editorial method' },
] as const;
