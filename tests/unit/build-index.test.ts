import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';

const page = (body: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

/** The address each fragment Pagefind wrote leads to. */
function fragmentUrls(site: string): string[] {
	const dir = path.join(site, 'pagefind', 'fragment');
	return readdirSync(dir)
		.map((file) => {
			const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
			return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
		})
		.sort();
}

describe('buildSearchIndex', () => {
	let site = '';
	afterEach(() => rmSync(site, { recursive: true, force: true }));

	it('indexes only pages with a body to index, at the addresses a reader opens', async () => {
		site = mkdtempSync(path.join(tmpdir(), 'index-'));
		const write = (file: string, html: string) => {
			mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
			writeFileSync(path.join(site, file), html);
		};
		write('index.html', page('<main data-pagefind-body><p>Home of the edition</p></main>'));
		write('a/b/index.html', page('<main data-pagefind-body><p>Cui Tiankai spoke</p></main>'));
		write('a/note.html', page('<main data-pagefind-body><p>A page by its file name</p></main>'));
		write('lists/index.html', page('<nav><a href="/a/b/">Cui Tiankai</a></nav>'));
		expect(await buildSearchIndex(site)).toBe(3);
		expect(fragmentUrls(site)).toEqual(['/', '/a/b/', '/a/note.html']);
	});

	it('writes the same index on every run', async () => {
		site = mkdtempSync(path.join(tmpdir(), 'index-'));
		for (let i = 0; i < 12; i++) {
			mkdirSync(path.join(site, `p${i}`));
			writeFileSync(
				path.join(site, `p${i}`, 'index.html'),
				page(`<main data-pagefind-body><p>Page ${i} on sanctions and trade</p></main>`),
			);
		}
		const listing = () =>
			readdirSync(path.join(site, 'pagefind'), { recursive: true }).map(String).sort();
		await buildSearchIndex(site);
		const first = listing();
		rmSync(path.join(site, 'pagefind'), { recursive: true });
		await buildSearchIndex(site);
		expect(listing()).toEqual(first);
	});
});
