import { contributionBibtex, type BibtexSource } from '../citations/bibtex.ts';
import {
	formatCitationsAlone,
	formatEntries,
	type CitationStyle,
	type CslItem,
} from '../citations/engine.ts';
import type { CitationSet, Contribution, Conversation } from './model.ts';
import { SITE_URL } from '../core/site.ts';
import { absoluteUrl, contributionPath, paragraphId, paragraphLocator } from '../core/urls.ts';

/** What a citation needs of a conversation: the loader cites before the conversation is built. */
export type CitableConversation = Pick<Conversation, 'id' | 'title' | 'series' | 'source' | 'date'>;
/** What a citation needs of a contribution: its text and body are rendered apart. */
export type CitableContribution = Pick<Contribution, 'id' | 'number' | 'speaker' | 'paragraphs'>;
/** A contribution to cite, with the conversation it belongs to. */
export interface CitationEntry {
	conversation: CitableConversation;
	contribution: CitableContribution;
}

/**
 * A contribution as a CSL-JSON item, from the content's metadata: its writer (only when the
 * text names one), the conversation as the container, the month it appeared, and its own URL.
 */
export function contributionItem(
	conversation: CitableConversation,
	contribution: Pick<Contribution, 'id' | 'number' | 'speaker'>,
	site = SITE_URL,
): CslItem {
	const speaker = contribution.speaker;
	const [year, month] = conversation.date.earliest.split('-').map(Number) as [number, number];
	return {
		id: `${conversation.id}-${contribution.id}`,
		// The BibTeX key, stable and unique: conversation and contribution ids (BibTeX keys take no hyphens).
		'citation-key': `${conversation.id}_${contribution.id}`.replace(/-/g, '_'),
		type: 'post',
		title: `Contribution ${contribution.number} to “${conversation.title}”`,
		// A partial name (a first name only) is printed as it stands, never inverted as a surname.
		...(speaker.name
			? { author: [speaker.nameIsPartial ? { literal: speaker.name } : nameParts(speaker.name)] }
			: {}),
		'container-title': conversation.series ?? conversation.source.publisher,
		publisher: conversation.source.publisher,
		issued: { 'date-parts': [[year, month]] },
		URL: absoluteUrl(contributionPath(conversation.id, contribution.id), site),
	};
}

const STYLES: { style: CitationStyle; label: string }[] = [
	{ style: 'chicago-author-date', label: 'Chicago' },
	{ style: 'apa', label: 'APA' },
	{ style: 'mla', label: 'MLA' },
];

/**
 * "Cite this" for many contributions at once, complete: each in Chicago, APA and MLA (formatted
 * alone, a style at a time through one citeproc engine), as BibTeX, as CSL-JSON, and each of its
 * paragraphs with its locator. Batching is what keeps a thousand conversations' citations to
 * seconds, so the loader cites every contribution in one call.
 */
export function citeContributions(
	entries: readonly CitationEntry[],
	site = SITE_URL,
): CitationSet[] {
	const items = entries.map(({ conversation, contribution }) =>
		contributionItem(conversation, contribution, site),
	);
	const formatted = STYLES.map(({ style }) => formatEntries(items, style));
	const paragraphTexts = citeParagraphs(entries, site);
	return items.map((item, index) => {
		const { contribution } = entries[index]!;
		return {
			styles: STYLES.map(({ style, label }, s) => ({ style, label, html: formatted[s]![index]! })),
			...contributionBibtex(bibtexSource(item, contribution)),
			item,
			// Each paragraph's citation is its contribution's, with a locator: listed once, in "cite this".
			paragraphs: paragraphTexts[index]!.map((inText, p) => ({
				locator: paragraphLocator(contribution.number, p + 1),
				inText,
				url: `${item.URL as string}#${paragraphId(contribution.id, p + 1)}`,
			})),
		};
	});
}

/**
 * "Cite this paragraph": for each contribution, each paragraph's in-text citation with its
 * locator, e.g. "(Delury 2013, para. 6.2)", formatted in as few citeproc runs as possible.
 */
export function citeParagraphs(entries: readonly CitationEntry[], site = SITE_URL): string[][] {
	const items = entries.map(({ conversation, contribution }) =>
		contributionItem(conversation, contribution, site),
	);
	const clusters = entries.map(({ contribution }, index) =>
		contribution.paragraphs.map((_, p) => [
			{
				id: items[index]!.id,
				locator: paragraphLocator(contribution.number, p + 1),
				label: 'paragraph' as const,
			},
		]),
	);
	const texts = formatCitationsAlone(items, clusters.flat());
	let at = 0;
	return clusters.map((paragraphs) => texts.slice(at, (at += paragraphs.length)));
}

/** The BibTeX entries' facts, from the CSL-JSON item, so the two formats always agree. */
function bibtexSource(item: CslItem, contribution: CitableContribution): BibtexSource {
	const [year, month] = (item['issued'] as { 'date-parts': [[number, number?]] })['date-parts'][0];
	return {
		key: String(item['citation-key']),
		sortKey: `Contribution ${contribution.number}`,
		authors: (item['author'] as BibtexSource['authors'] | undefined) ?? [],
		title: String(item['title']),
		series: item['container-title'] as string | undefined,
		publisher: item['publisher'] as string | undefined,
		year,
		month,
		url: String(item['URL']),
	};
}

/** "John Delury" → { given: "John", family: "Delury" }; a one-word name is a given name. */
function nameParts(name: string): { given: string; family?: string } {
	const words = name.trim().split(/\s+/);
	return words.length === 1
		? { given: words[0]! }
		: { given: words.slice(0, -1).join(' '), family: words.at(-1)! };
}
