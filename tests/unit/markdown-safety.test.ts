import { describe, expect, it } from 'vitest';
import { MAX_NESTING, tooDeep, unsafeMarkdown } from '../../src/markdown/markdown-safety.ts';
import { parseMarkdown } from '../../src/markdown/render.ts';

describe('markdown-safety', () => {
	it('finds lists and quotes nested too deep, before parsing', () => {
		expect(tooDeep('- a\n  - b\n    - c\n> > quote\n')).toBeUndefined();
		expect(tooDeep(`text\n${'>'.repeat(MAX_NESTING + 1)} deep\n`)?.line).toBe(2);
		expect(tooDeep(`${'- '.repeat(10_000)}deep`)?.line).toBe(1);
		expect(
			tooDeep(Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))?.line,
		).toBeLessThanOrEqual(MAX_NESTING + 2);
	});

	it('names javascript: links, off-site images and raw HTML with their lines', () => {
		const tree = parseMarkdown(
			'[a](javascript:alert(1))\n\n![b](https://tracker.example/b.png)\n\n<b>c</b>\n\n[d]: vbscript:x\n',
		);
		expect(
			unsafeMarkdown(tree, { images: 'site' }).map((p) => [p.line, p.message.split(';')[0]]),
		).toEqual([
			[1, 'links to "javascript:alert(1)"'],
			[3, 'shows an image from "https://tracker.example/b.png"'],
			[5, 'contains raw HTML ("<b>")'],
			[5, 'contains raw HTML ("</b>")'],
			[7, 'links to "vbscript:x"'],
		]);
		expect(
			unsafeMarkdown(parseMarkdown('![map](/images/map.png)'), { images: 'none' }).map(
				(p) => p.message,
			),
		).toEqual(['holds an image; a margin note is text only']);
		expect(
			unsafeMarkdown(
				parseMarkdown('See [the method](/about/) and [a source](https://example.org/).'),
				{ images: 'none' },
			),
		).toEqual([]);
	});
});
