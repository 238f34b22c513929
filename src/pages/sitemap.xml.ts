import type { APIRoute } from 'astro';
import { getEdition } from '../lib/edition.ts';
import { publicPaths, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(sitemapXml(publicPaths(await getEdition()), site!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
