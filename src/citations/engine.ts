import core from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { markLanguagesInHtml } from '../markdown/rehype-mark-languages.ts';
import { chicagoAuthorDate } from './styles/chicago-author-date.ts';
import { mla } from './styles/mla.ts';

/**
 * Every citation on the site is formatted here by citation-js (citeproc-js underneath) from
 * CSL-JSON, never by string templates. Chicago author-date and MLA come as CSL styles from the
 * official repository (`styles/`); APA ships with citation-js.
 */
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

const csl = core.plugins.config.get('@csl') as { styles: { add: (name: string, xml: string) => void; has: (name: string) => boolean } };
for (const [name, xml] of [
	['chicago-author-date', chicagoAuthorDate],
	['mla', mla],
] as const) {
	if (!csl.styles.has(name)) csl.styles.add(name, xml);
}

/**
 * An in-text citation such as "(BBC News 2013, 3)". Every item of `items` is registered first, so
 * works by one author in one year get the same letters ("Xinhua 2013a") as in the reference list.
 */
export function formatInText(items: readonly CslItem[], keys: readonly CiteKey[], style: CitationStyle = 'chicago-author-date'): string {
	const cite = new core.Cite([...items]);
	return cite.format('citation', {
		style,
		format: 'text',
		entry: keys.map((key) => ({ ...key })),
		citationsPre: [items.map((item) => item.id)],
		citationsPost: [],
	}) as string;
}

/** A reference list of all `items`, in the style's order, each entry as HTML with its URL linked. */
export function formatBibliography(
	items: readonly CslItem[],
	style: CitationStyle = 'chicago-author-date',
): { id: string; html: string }[] {
	const output = new core.Cite([...items]).format('bibliography', { style, format: 'html' }) as string;
	return [...output.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>/g)].map((match) => ({
		id: match[1]!,
		html: markLanguagesInHtml(linkUrls(match[2]!.trim())),
	}));
}

/** A full reference-list entry, as HTML (italics for titles) or text. */
export function formatReference(item: CslItem, style: CitationStyle = 'chicago-author-date', format: 'html' | 'text' = 'html'): string {
	const output = new core.Cite([item]).format('bibliography', { style, format }) as string;
	return format === 'html' ? markLanguagesInHtml(linkUrls(entryHtml(output))) : output.trim();
}

/** Makes the URL that ends an entry a link; a full stop after it stays outside. */
function linkUrls(html: string): string {
	return html.replace(/https?:\/\/[^\s<]+/g, (url) => {
		const trimmed = url.replace(/\.$/, '');
		return `<a href="${trimmed}">${trimmed}</a>${url.slice(trimmed.length)}`;
	});
}

/** The item as a BibTeX record. */
export function formatBibtex(item: CslItem): string {
	return (new core.Cite([item]).format('bibtex') as string).trim();
}

/** citation-js wraps each entry in `<div class="csl-bib-body"><div class="csl-entry">…</div></div>`; keep the inside. */
function entryHtml(output: string): string {
	const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(output);
	return (match?.[1] ?? output).trim();
}
