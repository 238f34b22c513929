import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, page } from '../../tools/dist.ts';

const SITE = 'https://conversations.example.org';
const THREAD = '/conversations/north-korea-sanctions-2013/';

function jsonLd(url: string): Record<string, unknown> {
	return JSON.parse(page(url)('script[type="application/ld+json"]').text()) as Record<
		string,
		unknown
	>;
}

describe('link previews and structured data', () => {
	it('a contribution page has a canonical URL and Open Graph tags', () => {
		const $ = page(`${THREAD}c6/`);
		expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${THREAD}c6/`);
		expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}${THREAD}c6/`);
		expect($('meta[property="og:title"]').attr('content')).toBe(
			'6. John Delury: Are Proposed Sanctions on North Korea a Hopeful Sign for U.S.-China Relations?',
		);
		expect($('meta[property="og:type"]').attr('content')).toBe('article');
		expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}${THREAD}c6/card.png`);
		expect($('meta[property="og:description"]').attr('content')).toMatch(
			/^It would seem that senior Chinese Foreign Ministry official Cui Tiankai/,
		);
	});

	it('a reply is a schema.org Comment whose parentItem is the post it answers', () => {
		const data = jsonLd(`${THREAD}c6/`);
		expect(data['@type']).toBe('Comment');
		expect(data['author']).toEqual({ '@type': 'Person', name: 'John Delury' });
		expect(data['parentItem']).toEqual({ '@id': `${SITE}${THREAD}#c1` });
		expect(data['url']).toBe(`${SITE}${THREAD}c6/`);
	});

	it('an unnamed writer gets no invented author', () => {
		const data = jsonLd(`${THREAD}c2/`);
		expect(data).not.toHaveProperty('author');
		expect(data['parentItem']).toEqual({ '@id': `${SITE}${THREAD}#c1` });
	});

	it('the thread is a DiscussionForumPosting with its six replies as comments', () => {
		const data = jsonLd(THREAD);
		expect(data['@type']).toBe('DiscussionForumPosting');
		expect(data['headline']).toBe(
			'Are Proposed Sanctions on North Korea a Hopeful Sign for U.S.-China Relations?',
		);
		const comments = data['comment'] as Record<string, unknown>[];
		expect(comments.map((c) => c['@id'])).toEqual(
			[2, 3, 4, 5, 6, 7].map((n) => `${SITE}${THREAD}#c${n}`),
		);
		// A post that answers several lists them all, the one it mainly answers first.
		expect(comments[2]!['parentItem']).toEqual([
			{ '@id': `${SITE}${THREAD}#c3` },
			{ '@id': `${SITE}${THREAD}#c2` },
		]);
		expect(comments[3]!['parentItem']).toEqual(
			[1, 2, 4].map((n) => ({ '@id': `${SITE}${THREAD}#c${n}` })),
		);
	});

	it('a contribution page is part of the thread page, never of itself', () => {
		for (const n of [1, 2, 3, 4, 5, 6, 7]) {
			const data = jsonLd(`${THREAD}c${n}/`);
			expect(data['isPartOf'], `c${n}`).toMatchObject({
				'@type': 'WebPage',
				'@id': `${SITE}${THREAD}`,
			});
			expect((data['isPartOf'] as Record<string, unknown>)['@id']).not.toBe(data['@id']);
		}
	});

	it('the sitemap lists every page search engines may index, and robots.txt points to it', () => {
		const sitemap = readFileSync(`${DIST}/sitemap.xml`, 'utf8');
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
			.map((m) => m[1]!.replace(SITE, ''))
			.sort();
		const indexable = htmlPages().filter(
			(url) => page(url)('meta[name="robots"]').attr('content') !== 'noindex',
		);
		expect(listed).toEqual(indexable);
		expect(indexable).not.toContain('/404.html');
		expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
	});

	it('the 404 page is kept out of search engines and leads back into the edition', () => {
		const $ = page('/404.html');
		expect($('meta[name="robots"]').attr('content')).toBe('noindex');
		expect($(`main a[href="${THREAD}"]`).length).toBe(1);
	});
});
