import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../support/dist.ts';

describe('languages', () => {
	it('every page is in English, and every Chinese or Korean name is marked with its language', () => {
		const unmarked: string[] = [];
		for (const url of htmlPages()) {
			const $ = page(url);
			expect($('html').attr('lang'), url).toBe('en');
			const walk = (node: AnyNode) => {
				if (node.type === 'text') {
					const text = node.data;
					const lang = $(node.parent!).closest('[lang]').attr('lang') ?? '';
					// Chinese characters are Chinese, or Korean where Korean writing quotes them (北).
					if (/\p{Script=Han}/u.test(text) && !/^(zh|ko)/.test(lang)) unmarked.push(`${url}: ${text.trim()}`);
					if (/\p{Script=Hangul}/u.test(text) && !lang.startsWith('ko')) unmarked.push(`${url}: ${text.trim()}`);
				}
				if ('children' in node && !(node.type === 'script' || node.type === 'style')) node.children.forEach(walk);
			};
			walk($('body')[0]!);
		}
		expect(unmarked).toEqual([]);
	});
});
