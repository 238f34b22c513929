import type { APIRoute } from 'astro';
import { getEdition } from '../lib/edition.ts';
import { publicPaths, sitemapXml } from '../lib/sitemap.ts';

// Not @astrojs/sitemap: it writes sitemap-index.xml and sitemap-0.xml rather than this address,
// and builds its list from the pages the build emits (a filter can only take some away), where
// ours is `publicPaths`, the list the public-URL test holds the site to.
export const GET: APIRoute = async ({ site }) =>
	new Response(sitemapXml(publicPaths(await getEdition()), site!), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
