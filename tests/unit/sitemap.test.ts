import { describe, expect, it } from 'vitest';
import { publicPaths, sitemapXml } from '../../src/lib/sitemap.ts';
import { smallThread } from '../support/model.ts';

describe('sitemap', () => {
	it('lists every public page once, as absolute URLs', () => {
		const thread = smallThread();
		const paths = publicPaths({
			conversations: [thread],
			speakers: [thread.contributions[0]!.speaker, thread.contributions[1]!.speaker],
			people: [],
		});
		expect(paths).toEqual([
			'/',
			'/about/',
			'/conversations/x/',
			'/conversations/x/c1/',
			'/conversations/x/c2/',
			'/conversations/x/c3/',
			'/speakers/',
			'/speakers/ann/',
			'/speakers/anon/',
			'/people/',
			'/search/',
		]);
		expect(sitemapXml(['/a&b/'], 'https://example.org')).toContain(
			'<loc>https://example.org/a&amp;b/</loc>',
		);
	});
});
