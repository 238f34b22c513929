import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../tools/dist.ts';
import { useSite } from '../support/site.ts';

/**
 * Anchors every published note as annotation clients do: Apache Annotator's strict
 * TextQuoteSelector matcher, run in Chromium over the body of each page as served (every text
 * node of the DOM counted, as a client counts them). Each selector must match exactly once, and
 * the words matched must be its `exact`.
 */
const THREAD = '/conversations/north-korea-sanctions-2013/';

type Selector = { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
interface Note {
	id: string;
	target: { source: { id: string }; selector: Selector };
}
const notes = (
	JSON.parse(readFileSync(`${DIST}${THREAD}annotations.jsonld`, 'utf8')) as {
		first: { items: Note[] };
	}
).first.items;

/** The matcher, bundled for the page as a client would load it. */
let matcher = '';
beforeAll(async () => {
	const bundle = await build({
		stdin: {
			contents:
				"import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom'; window.createTextQuoteSelectorMatcher = createTextQuoteSelectorMatcher;",
			resolveDir: process.cwd(),
		},
		bundle: true,
		format: 'iife',
		write: false,
		logLevel: 'silent',
	});
	matcher = bundle.outputFiles[0]!.text;
});

/** For each selector, the text of every range the matcher finds in the page's body. */
async function anchorAll(page: Page, selectors: Selector[]): Promise<string[][]> {
	await page.addScriptTag({ content: matcher });
	return page.evaluate(async (selectors) => {
		const match = (
			window as unknown as {
				createTextQuoteSelectorMatcher: (s: unknown) => (scope: Range) => AsyncIterable<Range>;
			}
		).createTextQuoteSelectorMatcher;
		const results: string[][] = [];
		for (const selector of selectors) {
			const scope = document.createRange();
			scope.selectNodeContents(document.body);
			const found: string[] = [];
			for await (const range of match(selector)(scope)) found.push(range.toString());
			results.push(found);
		}
		return results;
	}, selectors);
}

describe('every note anchors where annotation clients anchor it', () => {
	it('there are notes to anchor', () => expect(notes.length).toBeGreaterThanOrEqual(20));
	const site = useSite();
	// The page's own policy allows no injected script; a client's extension is not bound by it.
	const options = { bypassCSP: true, javaScriptEnabled: true };

	const pages = [...new Set(notes.map((note) => note.target.source.id))];
	for (const url of pages) {
		it(`on ${new URL(url).pathname}, each selector aimed at it matches exactly once, and the words matched are its exact`, async () => {
			const here = notes.filter((note) => note.target.source.id === url);
			const page = await site.open(new URL(url).pathname, options);
			const found = await anchorAll(
				page,
				here.map((note) => note.target.selector),
			);
			here.forEach((note, index) =>
				expect(found[index], note.id).toEqual([note.target.selector.exact]),
			);
			await page.context().close();
		});
	}

	it('on the thread page, where every contribution is read together, each selector also matches exactly once', async () => {
		const page = await site.open(THREAD, options);
		const found = await anchorAll(
			page,
			notes.map((note) => note.target.selector),
		);
		notes.forEach((note, index) =>
			expect(found[index], note.id).toEqual([note.target.selector.exact]),
		);
		await page.context().close();
	});
});
