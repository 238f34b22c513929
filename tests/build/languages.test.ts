import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NAME_LANGUAGES } from '../../src/core/languages.ts';
import { htmlPages, page } from '../../tools/dist.ts';

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
					if (/\p{Script=Han}/u.test(text) && !/^(zh|ko)/.test(lang))
						unmarked.push(`${url}: ${text.trim()}`);
					if (/\p{Script=Hangul}/u.test(text) && !lang.startsWith('ko'))
						unmarked.push(`${url}: ${text.trim()}`);
				}
				if ('children' in node && !(node.type === 'script' || node.type === 'style'))
					node.children.forEach(walk);
			};
			walk($('body')[0]!);
		}
		expect(unmarked).toEqual([]);
	});
});

describe('the language of names', () => {
	// Each person's names in other languages, as their file gives them.
	const people = readdirSync('content/people')
		.filter((file) => file.endsWith('.md'))
		.map(
			(file) =>
				parse(
					readFileSync(path.join('content/people', file), 'utf8').split(/^---$/m)[1]!,
				) as Record<string, unknown>,
		);

	it('every name in another language is tagged as its field says, on every page (zh-Hans, zh-Hant, zh-Latn-pinyin, ko)', () => {
		const wrong: string[] = [];
		let checked = 0;
		for (const url of htmlPages()) {
			const $ = page(url);
			for (const person of people) {
				for (const [field, tag] of Object.entries(NAME_LANGUAGES)) {
					const name = person[field];
					if (typeof name !== 'string') continue;
					$('body *')
						.filter(
							(_, element) =>
								$(element).children().length === 0 && $(element).text().trim() === name,
						)
						.each((_, element) => {
							checked++;
							const lang = $(element).closest('[lang]').attr('lang');
							if (lang !== tag) wrong.push(`${url}: ${name} is ${lang ?? 'untagged'}, not ${tag}`);
						});
				}
			}
		}
		expect(checked).toBeGreaterThan(20);
		expect(wrong).toEqual([]);
	});
});
