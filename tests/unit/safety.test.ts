import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { linkUrl } from '../../src/citations/engine.ts';
import { describeDifference } from '../../src/loader/archive.ts';
import { normaliseText, readContentFile } from '../../src/loader/content-file.ts';
import { MAX_NESTING, tooDeep, unsafeMarkdown } from '../../src/markdown/markdown-safety.ts';
import { parseMarkdown, renderContribution, renderNote, renderProse } from '../../src/markdown/render.ts';
import { isAllowedImage, isAllowedLink, isSameSitePath, normaliseHttpUrl } from '../../src/security/safe-url.ts';

/** Every element of an HTML fragment, parsed. */
function elements(html: string): Element[] {
	const found: Element[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (node) => void found.push(node));
	return found;
}

describe('safe-url', () => {
	it('takes well-formed absolute http(s) URLs and stores them normalised', () => {
		expect(normaliseHttpUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
		expect(normaliseHttpUrl('https://example.org/a?b=1&c=2#d')).toBe('https://example.org/a?b=1&c=2#d');
		expect(normaliseHttpUrl('https://zh.wikipedia.org/wiki/崔天凯')).toBe('https://zh.wikipedia.org/wiki/%E5%B4%94%E5%A4%A9%E5%87%AF');
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
		expect(['https://example.org/', '/about/', '#note-x', 'mailto:editors@example.org'].every(isAllowedLink)).toBe(true);
		expect(
			['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/', '/\\evil.example'].some(
				isAllowedLink,
			),
		).toBe(false);
		expect(isSameSitePath('/about/')).toBe(true);
		expect(isAllowedImage('/images/map.png')).toBe(true);
		expect(isAllowedImage('https://tracker.example/pixel.png')).toBe(false);
	});
});

describe('markdown-safety', () => {
	it('finds lists and quotes nested too deep, before parsing', () => {
		expect(tooDeep('- a\n  - b\n    - c\n> > quote\n')).toBeUndefined();
		expect(tooDeep(`text\n${'>'.repeat(MAX_NESTING + 1)} deep\n`)?.line).toBe(2);
		expect(tooDeep(`${'- '.repeat(10_000)}deep`)?.line).toBe(1);
		expect(tooDeep(Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))?.line).toBeLessThanOrEqual(MAX_NESTING + 2);
	});

	it('names javascript: links, off-site images and raw HTML with their lines', () => {
		const tree = parseMarkdown('[a](javascript:alert(1))\n\n![b](https://tracker.example/b.png)\n\n<b>c</b>\n\n[d]: vbscript:x\n');
		expect(unsafeMarkdown(tree, { images: 'site' }).map((p) => [p.line, p.message.split(';')[0]])).toEqual([
			[1, 'links to "javascript:alert(1)"'],
			[3, 'shows an image from "https://tracker.example/b.png"'],
			[5, 'contains raw HTML ("<b>")'],
			[5, 'contains raw HTML ("</b>")'],
			[7, 'links to "vbscript:x"'],
		]);
		expect(unsafeMarkdown(parseMarkdown('![map](/images/map.png)'), { images: 'none' }).map((p) => p.message)).toEqual([
			'holds an image; a margin note is text only',
		]);
		expect(unsafeMarkdown(parseMarkdown('See [the method](/about/) and [a source](https://example.org/).'), { images: 'none' })).toEqual(
			[],
		);
	});
});

describe('rendering filters links and images again, should anything get past the loader', () => {
	// The Markdown of the hostile fixtures, rendered without the loader's checks.
	const hostile = [
		'citing [a source](javascript:alert(1)) [@x]',
		'![a source](https://tracker.example/pixel.png)',
		'[two](<javascript:alert(document.cookie)>) [ref][r]\n\n[r]: data:text/html,<script>alert(1)</script>',
		'[x](//evil.example/) <b onmouseover="alert(1)">y</b>',
		readFileSync('tests/fixtures/broken/link-in-contribution/conversations/mini/contributions/01-first.md', 'utf8').split('---\n')[2]!,
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
				if (element.properties['href'] !== undefined) expect(isAllowedLink(String(element.properties['href'])), html).toBe(true);
			}
		}
	});

	it('keeps the words of a refused link', () => {
		expect(renderProse('[two](javascript:alert(1)) words')).toBe('<p><a>two</a> words</p>');
	});
});

describe('reference links', () => {
	it('links only the item’s own URL, built as an element whose attribute is escaped', () => {
		const html = 'Example. 2013. “A title https://other.example/x.” https://example.org/a?b=1&#38;c=2.';
		const links = elements(linkUrl(html, 'https://example.org/a?b=1&c=2')).filter((e) => e.tagName === 'a');
		expect(links.map((a) => a.properties['href'])).toEqual(['https://example.org/a?b=1&c=2']);
	});

	it('a quote in the text cannot become an attribute', () => {
		const hostile = 'https://example.com/"onmouseover="alert(1)"';
		const html = linkUrl(`Publisher ${hostile}.`, hostile);
		for (const element of elements(html)) expect(Object.keys(element.properties)).toEqual(['href']);
	});
});

describe('reading content files', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'edition-read-'));
	const content = path.join(root, 'content');
	mkdirSync(path.join(content, 'speakers'), { recursive: true });
	writeFileSync(path.join(root, 'outside.md'), 'secret');
	writeFileSync(path.join(content, 'speakers', 'real.md'), 'text\r\n');
	symlinkSync(path.join(root, 'outside.md'), path.join(content, 'speakers', 'linked.md'));
	symlinkSync(root, path.join(content, 'linked-folder'));

	it('reads a real file inside the content folder, as clean text', () => {
		expect(readContentFile(path.join(content, 'speakers', 'real.md'), content)).toEqual({ ok: true, text: 'text\n' });
	});

	it('refuses a symbolic link, and a file reached through a linked folder', () => {
		expect(readContentFile(path.join(content, 'speakers', 'linked.md'), content)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/symbolic link/),
		});
		expect(readContentFile(path.join(content, 'linked-folder', 'outside.md'), content)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/outside the content folder/),
		});
	});
});

describe('comparing with the archive', () => {
	it('reads CRLF, a byte order mark and trailing blanks as the clean text', () => {
		expect(normaliseText('\uFEFFTitle\r\n\r\nOne  \t\r\nTwo\rThree ')).toBe('Title\n\nOne\nTwo\nThree');
	});

	it('names the code points of a difference nobody can see', () => {
		expect(describeDifference('a b', 'a\u00a0b')).toMatch(/the archive has U\+0020 SPACE, the file has U\+00A0 NO-BREAK SPACE/);
		expect(describeDifference('ab', 'a\u200bb')).toMatch(/the file has U\+200B ZERO WIDTH SPACE/);
		expect(describeDifference('café', 'cafe\u0301')).toMatch(
			/only in how a letter is encoded: the archive has U\+00E9 \("é"\), the file has U\+0065 \("e"\) U\+0301 COMBINING ACUTE ACCENT/,
		);
	});

	it('never quotes more of the archive than the file’s own text reaches', () => {
		const secret = 'root:x:0:0:root:/root:/bin/bash and more secret text';
		expect(describeDifference(secret, 'root:x:0:0:')).not.toContain('/bin/bash');
		expect(describeDifference(secret, 'A Small Debate?')).not.toContain('root:/root');
	});
});
