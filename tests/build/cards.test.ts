import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page } from '../../tools/dist.ts';

const SITE = 'https://conversations.example.org';
const contributionPages = () =>
	htmlPages().filter((url) => /^\/conversations\/[^/]+\/c\d+\/$/.test(url));

/** A PNG's width and height, from its IHDR chunk (which must come first). */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8)).toEqual(
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link-preview cards', () => {
	it('every contribution page names its own card, 1200 × 630 and at most 80 KB, as a large-image card', () => {
		const pages = contributionPages();
		expect(pages.length).toBe(7);
		for (const url of pages) {
			const $ = page(url);
			expect($('meta[property="og:image"]').attr('content'), url).toBe(`${SITE}${url}card.png`);
			expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
			expect($('meta[property="og:image:height"]').attr('content')).toBe('630');
			expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
			// The card's words, for those who cannot see it: the writer as attributed, never guessed.
			const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
			const writer = /^\d+\. ([^:]+):/.exec(
				$('meta[property="og:title"]').attr('content') ?? '',
			)?.[1];
			expect(writer, url).toBeDefined();
			expect(alt, url).toContain(`, ${writer!}`);
			const file = fileFor(`${url}card.png`);
			expect(file, `${url}card.png`).toBeDefined();
			expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
			expect(statSync(file!).size, url).toBeLessThanOrEqual(80 * 1024);
		}
	});

	it('a card names the writer only as the text does', () => {
		expect(
			page('/conversations/north-korea-sanctions-2013/c2/')('meta[property="og:image:alt"]').attr(
				'content',
			),
		).toContain('Unnamed contributor (no byline in the archived text)');
		expect(
			page('/conversations/north-korea-sanctions-2013/c3/')('meta[property="og:image:alt"]').attr(
				'content',
			),
		).toContain('Suzanne (first name only)');
	});
});
