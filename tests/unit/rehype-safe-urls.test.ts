import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContribution, renderNote, renderProse } from '../../src/markdown/render.ts';
import { isAllowedLink } from '../../src/security/safe-url.ts';
import { elements } from '../support/elements.ts';

describe('rendering filters links and images again, should anything get past the loader', () => {
	// The Markdown of the hostile fixtures, rendered without the loader's checks.
	const hostile = [
		'citing [a source](javascript:alert(1)) [@x]',
		'![a source](https://tracker.example/pixel.png)',
		'[two](<javascript:alert(document.cookie)>) [ref][r]\n\n[r]: data:text/html,<script>alert(1)</script>',
		'[x](//evil.example/) <b onmouseover="alert(1)">y</b>',
		readFileSync(
			'tests/fixtures/broken/link-in-contribution/conversations/mini/contributions/01-first.md',
			'utf8',
		).split('---\n')[2]!,
	];
	const outputs = hostile.flatMap((markdown) => [
		renderProse(markdown),
		renderContribution(markdown, { id: 'c1', number: 1 }),
		renderNote(markdown, () => []).html,
	]);

	it('no element keeps an event handler, an off-site image or a link to another scheme', () => {
		for (const html of outputs) {
			for (const element of elements(html)) {
				expect(
					Object.keys(element.properties).filter((name) => /^on/i.test(name)),
					html,
				).toEqual([]);
				expect(element.tagName, html).not.toBe('img');
				if (element.properties['href'] !== undefined)
					expect(isAllowedLink(String(element.properties['href'])), html).toBe(true);
			}
		}
	});

	it('keeps the words of a refused link', () => {
		expect(renderProse('[two](javascript:alert(1)) words')).toBe('<p><a>two</a> words</p>');
	});
});
