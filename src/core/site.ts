import { aboutPath, homePath, peoplePath, speakersPath } from './urls.ts';

/**
 * Where the site is published. Canonical URLs, link previews, the sitemap and every citation use
 * it; set `SITE_URL` when deploying elsewhere.
 */
export const SITE_URL = process.env.SITE_URL ?? 'https://conversations.example.org';

/** The site's name, in two parts: the header sets the second in italics. */
export const SITE_NAME_PARTS = { name: 'ChinaFile Conversations', qualifier: 'annotated' } as const;

/** The site's name, in the header, in titles and in link previews. */
export const SITE_NAME = `${SITE_NAME_PARTS.name}, ${SITE_NAME_PARTS.qualifier}`;

/** The main navigation, in order. */
export const NAV = [
	{ href: homePath, label: 'Conversations' },
	{ href: speakersPath, label: 'Speakers' },
	{ href: peoplePath, label: 'Names A–Z' },
	{ href: aboutPath, label: 'Editorial method' },
] as const;
