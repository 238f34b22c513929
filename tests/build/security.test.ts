import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, page } from '../../tools/dist.ts';

const headers = readFileSync(`${DIST}/_headers`, 'utf8');

describe('security', () => {
	it('every page carries a Content-Security-Policy with no inline script allowed', () => {
		for (const url of htmlPages()) {
			const csp = page(url)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
			expect(csp, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
			expect(csp, url).toMatch(/default-src 'self'/);
			expect(csp, url).not.toContain('unsafe-inline');
			expect(csp, url).not.toContain("'unsafe-eval'");
		}
	});

	it('_headers gives static hosts the policy, frame-ancestors and the other security headers', () => {
		expect(headers).toMatch(/^\/\*\n/);
		for (const header of [
			'Content-Security-Policy',
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy',
			'Permissions-Policy',
			'X-Frame-Options: DENY',
		]) {
			expect(headers).toContain(header);
		}
		expect(headers).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
		// The notes are served as what they are: JSON-LD in the Web Annotation profile.
		expect(headers).toContain(
			'\n/conversations/*/annotations.jsonld\n  Content-Type: application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"\n',
		);
		expect(headers).not.toContain('unsafe-inline');
	});

	it('no page loads anything from another origin', () => {
		const foreign: string[] = [];
		for (const url of htmlPages()) {
			const $ = page(url);
			const resources = [
				...$('script[src]')
					.toArray()
					.map((e) => $(e).attr('src')!),
				...$('link[href]')
					.toArray()
					.filter((e) => !['canonical', 'sitemap'].includes($(e).attr('rel') ?? ''))
					.map((e) => $(e).attr('href')!),
				...$('img[src], iframe[src], source[src], video[src], audio[src]')
					.toArray()
					.map((e) => $(e).attr('src')!),
			];
			for (const resource of resources)
				if (/^(https?:)?\/\//.test(resource)) foreign.push(`${url}: ${resource}`);
		}
		// The stylesheet is inlined; it may fetch only the site's own fonts.
		for (const url of htmlPages()) {
			const $ = page(url);
			for (const style of $('style').toArray())
				expect($(style).text(), url).not.toMatch(/url\((['"]?)(https?:)?\/\//);
		}
		expect(foreign).toEqual([]);
	});

	it('no inline script runs on any page: scripts are files, or JSON-LD data', () => {
		for (const url of htmlPages()) {
			const $ = page(url);
			const inline = $('script:not([src])')
				.toArray()
				.filter((e) => $(e).attr('type') !== 'application/ld+json');
			expect(inline, url).toHaveLength(0);
		}
	});
});
