/**
 * Every citation on the site is formatted here by citeproc-js (through citation-js, which holds
 * the styles and locales) from CSL-JSON, never by string templates. Chicago author-date and MLA
 * come as CSL styles from the official repository (`styles/`); APA ships with citation-js.
 *
 * Work is batched: one citeproc run formats all the citations of a conversation, one its
 * reference list. A run per citation would cost a thousand conversations over a minute.
 *
 * Each run's output is remembered by what it was made from (style, format, the items and the
 * citations): citeproc's output depends on nothing else, and in `npm run dev` an editor's save
 * loads the whole edition again with almost every reference and post unchanged. (citation-js
 * already keeps one engine per style and locale; it is the runs that cost a reload seconds.)
 */

import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { markLanguagesInHtml } from '../core/rehype-mark-languages.ts';
import { normaliseHttpUrl } from '../security/safe-url.ts';
import { chicagoAuthorDate } from './styles/chicago-author-date.ts';
import { mla } from './styles/mla.ts';

/** The styles citations are formatted in: Chicago author-date on the site; all three in "cite this". */
export type CitationStyle = 'chicago-author-date' | 'apa' | 'mla';

/** A CSL-JSON item. */
export type CslItem = { id: string; type: string } & Record<string, unknown>;

/** A cited key with an optional locator, as in `[@bbc2013, p. 3]`. */
export interface CiteKey {
	id: string;
	locator?: string;
	/** The CSL locator label. */
	label?: 'page' | 'paragraph' | 'section' | 'chapter';
}

/** The part of citeproc's engine the edition uses. */
interface CiteprocEngine {
	rebuildProcessorState(
		citations: object[],
		format: string,
		uncited: string[],
	): [string, number, string][];
	updateItems(ids: string[]): void;
	makeBibliography(): [{ entry_ids: string[][] }, string[]];
	makeCitationCluster(citationItems: object[]): string;
}

const csl = core.plugins.config.get('@csl') as {
	styles: { add: (name: string, xml: string) => void; has: (name: string) => boolean };
	engine: (
		items: object[],
		style: string,
		lang: string | undefined,
		format: string,
	) => CiteprocEngine;
};
for (const [name, xml] of [
	['chicago-author-date', chicagoAuthorDate],
	['mla', mla],
] as const) {
	if (!csl.styles.has(name)) csl.styles.add(name, xml);
}

// Enough for the runs of a large edition; the oldest go first, so memory stays bounded in a long session.
const REMEMBERED = 20_000;
const remembered = new Map<string, readonly unknown[]>();

/** `run()`'s result for `inputs`, from an earlier identical run where there was one (a copy: callers may change it). */
function once<T>(inputs: unknown[], run: () => T[]): T[] {
	const key = JSON.stringify(inputs);
	let result = remembered.get(key) as T[] | undefined;
	if (!result) {
		result = run();
		if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
		remembered.set(key, result);
	}
	return result.map((value) =>
		typeof value === 'object' && value !== null ? { ...value } : value,
	);
}

/**
 * In-text citations, one for each cluster of keys, such as "(BBC News 2013, 3; Reuters 2013)".
 * All clusters go through one citeproc run, so works by one author in one year carry the same
 * letters ("Xinhua 2013a") everywhere, as in a reference list of the same items.
 */
export function formatCitations(
	items: readonly CslItem[],
	clusters: readonly (readonly CiteKey[])[],
	style: CitationStyle = 'chicago-author-date',
): string[] {
	if (clusters.length === 0) return [];
	return once(['citations', style, items, clusters], () => {
		const engine = csl.engine([...items], style, undefined, 'text');
		const citations = clusters.map((keys, index) => ({
			citationID: `c${index}`,
			citationItems: keys.map((key) => ({ ...key })),
			properties: { noteIndex: 0 },
		}));
		const output = engine.rebuildProcessorState(citations, 'text', []);
		const byId = new Map(output.map(([id, , text]) => [id, text]));
		return citations.map((citation) => byId.get(citation.citationID) ?? '');
	});
}

/** A reference list of all `items`, in the style's order, each entry as HTML with its URL linked. */
export function formatBibliography(
	items: readonly CslItem[],
	style: CitationStyle = 'chicago-author-date',
): { id: string; html: string }[] {
	if (items.length === 0) return [];
	return once(['bibliography', style, items], () => {
		const engine = csl.engine([...items], style, undefined, 'html');
		engine.updateItems(items.map((item) => item.id));
		const [meta, entries] = engine.makeBibliography();
		const byId = new Map(items.map((item) => [item.id, item]));
		return entries.map((entry, index) => {
			const id = meta.entry_ids[index]![0]!;
			return { id, html: finishEntry(entry, byId.get(id)) };
		});
	});
}

/**
 * Each item as its own reference entry, formatted as if alone (no "2013a", no "———" for a
 * repeated author from its neighbours), as HTML or text. Items by different authors cannot
 * affect one another, so they are formatted together, in as few runs as there are works by the
 * most prolific author: that is what makes thousands of "cite this" blocks cheap.
 */
export function formatEntries(
	items: readonly CslItem[],
	style: CitationStyle = 'chicago-author-date',
	format: 'html' | 'text' = 'html',
): string[] {
	return once(['entries', style, format, items], () => {
		const entries = new Map<string, string>();
		for (const group of byDistinctAuthors(items)) {
			const engine = csl.engine(group, style, undefined, format);
			engine.updateItems(group.map((item) => item.id));
			const [meta, output] = engine.makeBibliography();
			const byId = new Map(group.map((item) => [item.id, item]));
			output.forEach((entry, index) => {
				const id = meta.entry_ids[index]![0]!;
				entries.set(id, format === 'html' ? finishEntry(entry, byId.get(id)) : entry.trim());
			});
		}
		return items.map((item) => entries.get(item.id) ?? '');
	});
}

/**
 * In-text citations of many items, each cluster citing one item (with its locator), formatted as
 * if each item stood alone; batched like `formatEntries`. Each cluster is formatted on its own
 * against the group's items (citeproc's `makeCitationCluster`), not replayed as a document of
 * citations: no cluster can change another here, and the replay cost twice the time.
 */
export function formatCitationsAlone(
	items: readonly CslItem[],
	clusters: readonly (readonly CiteKey[])[],
): string[] {
	const results = new Map<string, string>();
	for (const group of byDistinctAuthors(items)) {
		const ids = new Set(group.map((item) => item.id));
		const mine = clusters.filter((keys) => ids.has(keys[0]!.id));
		if (mine.length === 0) continue;
		const texts = once(['alone', group, mine], () => {
			const engine = csl.engine(group, 'chicago-author-date', undefined, 'text');
			engine.updateItems(group.map((item) => item.id));
			return mine.map((keys) => engine.makeCitationCluster(keys.map((key) => ({ ...key }))));
		});
		texts.forEach((text, index) => results.set(JSON.stringify(mine[index]), text));
	}
	return clusters.map((keys) => results.get(JSON.stringify(keys)) ?? '');
}

/** Splits items into groups in which no two share an author (or, without one, a title). */
function byDistinctAuthors(items: readonly CslItem[]): CslItem[][] {
	const groups: { authors: Set<string>; items: CslItem[] }[] = [];
	for (const item of items) {
		const author = JSON.stringify(item['author'] ?? item['title'] ?? item.id);
		let group = groups.find((g) => !g.authors.has(author));
		if (!group) groups.push((group = { authors: new Set(), items: [] }));
		group.authors.add(author);
		group.items.push(item);
	}
	return groups.map((group) => group.items);
}

/** citeproc wraps an entry in `<div class="csl-entry">`; keep the inside, link its URL, mark its languages. */
function finishEntry(entry: string, item: CslItem | undefined): string {
	const inner = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(entry)?.[1] ?? entry;
	return markLanguagesInHtml(linkUrl(inner.trim(), item?.['URL']));
}

/**
 * Makes the item's own URL a link where the entry prints it (its last occurrence: the URL ends
 * an entry). Only that address is linked, never an address in a title or a publisher's name,
 * and only when it is the well-formed, normalised URL the schema stores: such a URL holds no
 * quote, space or angle bracket, so once its `&`s are escaped it cannot leave the attribute.
 * (Building the element as hast would be as safe, at a parse per entry: thousands a build.)
 */
export function linkUrl(html: string, url: unknown): string {
	if (typeof url !== 'string' || normaliseHttpUrl(url) !== url) return html;
	// citeproc escapes `&` in text as `&#38;`; other formatters as `&amp;`.
	for (const printed of new Set([url.replace(/&/g, '&#38;'), url.replace(/&/g, '&amp;'), url])) {
		const at = html.lastIndexOf(printed);
		if (at < 0) continue;
		return `${html.slice(0, at)}<a href="${url.replace(/&/g, '&amp;')}">${printed}</a>${html.slice(at + printed.length)}`;
	}
	return html;
}
