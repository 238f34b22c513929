import { describe, expect, it } from 'vitest';
import {
	isAllowedImage,
	isAllowedLink,
	isSameSitePath,
	normaliseHttpUrl,
} from '../../src/security/safe-url.ts';

describe('safe-url', () => {
	it('takes well-formed absolute http(s) URLs and stores them normalised', () => {
		expect(normaliseHttpUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
		expect(normaliseHttpUrl('https://example.org/a?b=1&c=2#d')).toBe(
			'https://example.org/a?b=1&c=2#d',
		);
		expect(normaliseHttpUrl('https://zh.wikipedia.org/wiki/崔天凯')).toBe(
			'https://zh.wikipedia.org/wiki/%E5%B4%94%E5%A4%A9%E5%87%AF',
		);
	});

	it('refuses what could break out of an attribute, other schemes, and credentials', () => {
		for (const bad of [
			'https://example.com/"onmouseover="alert(1)"',
			'https://example.com/ x',
			'https://example.com/<script>',
			'javascript:alert(1)//https://example.org',
			'ftp://example.org/',
			'//example.org/',
			'/about/',
			'https://user:secret@example.org/',
			'https://',
		]) {
			expect(normaliseHttpUrl(bad), bad).toBeUndefined();
		}
	});

	it('lets Markdown link to http(s), mailto: and the site, and show only the site’s own images', () => {
		expect(
			['https://example.org/', '/about/', '#note-x', 'mailto:editors@example.org'].every(
				isAllowedLink,
			),
		).toBe(true);
		expect(
			[
				'javascript:alert(1)',
				'JaVaScRiPt:alert(1)',
				'data:text/html,x',
				'vbscript:x',
				'//evil.example/',
				'/\\evil.example',
			].some(isAllowedLink),
		).toBe(false);
		expect(isSameSitePath('/about/')).toBe(true);
		expect(isAllowedImage('/images/map.png')).toBe(true);
		expect(isAllowedImage('https://tracker.example/pixel.png')).toBe(false);
	});
});
