/**
 * Where the site is published. Canonical URLs, link previews, the sitemap and every citation use
 * it; set `SITE_URL` when deploying elsewhere.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://conversations.example.org';

/** The site's name, in the header, in titles and in link previews. */
export const SITE_NAME = 'ChinaFile Conversations, annotated';

/** The main navigation, in order. */
export const NAV = [
	{ href: '/', label: 'Conversations' },
	{ href: '/speakers/', label: 'Speakers' },
	{ href: '/people/', label: 'Names A–Z' },
	{ href: '/about/', label: 'Editorial method' },
] as const;
