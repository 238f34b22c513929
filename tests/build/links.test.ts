import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page } from '../../tools/dist.ts';

describe('links and ids', () => {
	const pages = htmlPages();

	it('builds the expected pages', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/404.html');
		expect(pages.length).toBeGreaterThanOrEqual(18);
	});

	it('every internal link and anchor resolves', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const from of pages) {
			const $ = page(from);
			for (const element of $('a[href], link[href]').toArray()) {
				const href = $(element).attr('href')!;
				if (
					/^(https?:|mailto:)/.test(href) &&
					!href.startsWith('https://conversations.example.org')
				)
					continue;
				const url = new URL(href, `https://conversations.example.org${from}`);
				if (url.origin !== 'https://conversations.example.org') continue;
				checked += 1;
				if (!fileFor(url.pathname)) {
					broken.push(`${from} → ${href} (no such page)`);
					continue;
				}
				const id = decodeURIComponent(url.hash.slice(1));
				if (id && url.pathname.endsWith('/') && page(url.pathname)(`[id="${id}"]`).length !== 1) {
					broken.push(`${from} → ${href} (no element with id "${id}")`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(200);
	});

	it('"in reply to" links on the thread point at earlier contributions on the same page', () => {
		const $ = page('/conversations/north-korea-sanctions-2013/');
		const c4 = $('#c4 .contribution-head').text();
		expect(c4).toMatch(/In reply to 3 · Suzanne, 2 · Unnamed contributor/);
		expect($('#c4 .contribution-head a[href="#c3"]').length).toBeGreaterThan(0);
		expect($('#c1 .contribution-foot').text()).toContain(
			'Answered by 2 · Unnamed contributor, 3 · Suzanne, 5 · Unnamed contributor, 6 · John Delury',
		);
	});

	it('no page has a duplicate id', () => {
		const duplicates: string[] = [];
		for (const url of pages) {
			const $ = page(url);
			const seen = new Set<string>();
			for (const element of $('[id]').toArray()) {
				const id = $(element).attr('id')!;
				if (seen.has(id)) duplicates.push(`${url}#${id}`);
				seen.add(id);
			}
		}
		expect(duplicates).toEqual([]);
	});
});
