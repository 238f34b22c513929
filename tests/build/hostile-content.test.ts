import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, lastGoodSite } from '../support/build-fixture.ts';
import { fixtureProject } from '../support/fixtures.ts';

/**
 * Content that is hostile but legal (markup and script written as text in titles, publishers,
 * questions and notes, an address with quotes in a publisher's name), and content saved with
 * harmless encodings (CRLF, a byte order mark, trailing blanks), each through the real build.
 * The hostile cases that the loader refuses are in `failed-build.test.ts`.
 */
const OUTSIDE = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;

/** Every file of a built site, by path. */
function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
		.sort();
}

/** An address a page may hold: http(s), mailto:, or a path of the site itself. */
function allowedAddress(value: string): boolean {
	if (/^\s*\/\//.test(value)) return false;
	const url = new URL(value, 'https://site.invalid/page/');
	return ['http:', 'https:', 'mailto:'].includes(url.protocol);
}

/** Every element of a parsed page. */
function elements($: CheerioAPI) {
	return $('*')
		.toArray()
		.filter((node): node is Element => 'attribs' in node);
}

function buildAccepted(name?: string): string {
	const { contentDir } = name ? fixtureProject(name, 'accepted') : fixtureProject();
	const distDir = lastGoodSite();
	const result = buildFixture(contentDir, distDir);
	expect(result.status, result.stderr).toBe(0);
	return distDir;
}

describe('hostile text is published as text', () => {
	let dist: string;
	beforeAll(() => void (dist = buildAccepted('hostile-text')), 180_000);

	it('no element carries an event handler, and every href and src is http(s), mailto: or the site’s own', () => {
		const pages = files(dist).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(8);
		const found: string[] = [];
		for (const file of pages) {
			const $ = load(readFileSync(path.join(dist, file), 'utf8'));
			for (const element of elements($)) {
				for (const [name, value] of Object.entries(element.attribs)) {
					if (/^on/i.test(name)) found.push(`${file}: <${element.tagName} ${name}>`);
					if (
						['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name) &&
						!allowedAddress(value)
					)
						found.push(`${file}: <${element.tagName} ${name}="${value}">`);
				}
			}
			// The payloads are on the page, as words.
			if (file === 'conversations/mini/index.html') {
				expect($('body').text()).toContain('https://example.com/"onmouseover="alert(1)"');
				expect($('body').text()).toContain('<img src=x onerror=alert(4)>');
				expect($('script').text()).not.toContain('alert(');
			}
		}
		expect(found).toEqual([]);
	});

	it('the notes in annotations.jsonld hold no event handler or other scheme either', () => {
		const data = JSON.parse(
			readFileSync(path.join(dist, 'conversations/mini/annotations.jsonld'), 'utf8'),
		) as {
			first: { items: { body: { value?: string; source?: { id: string } } }[] };
		};
		for (const { body } of data.first.items) {
			// An editorial link's body is the post it names; a note's is its HTML.
			if (body.source !== undefined) {
				expect(allowedAddress(body.source.id)).toBe(true);
				continue;
			}
			const $ = load(body.value!, null, false);
			for (const element of elements($)) {
				expect(Object.keys(element.attribs).filter((name) => /^on/i.test(name))).toEqual([]);
				if (element.attribs['href']) expect(allowedAddress(element.attribs['href'])).toBe(true);
			}
		}
	});

	it('no output holds text from outside the repository', () => {
		for (const file of files(dist))
			expect(readFileSync(path.join(dist, file), 'utf8').includes(OUTSIDE), file).toBe(false);
	});
});

describe('harmless encodings build the same site as clean files', () => {
	it(
		'CRLF line ends, byte order marks and trailing blanks change no byte of the output',
		{ timeout: 300_000 },
		() => {
			const clean = buildAccepted();
			const encoded = buildAccepted('harmless-encodings');
			const digest = (dir: string) =>
				Object.fromEntries(
					files(dir).map((file) => [
						file,
						createHash('sha256')
							.update(readFileSync(path.join(dir, file)))
							.digest('hex'),
					]),
				);
			expect(digest(encoded)).toEqual(digest(clean));
		},
	);
});
