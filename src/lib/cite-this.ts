import { formatBibtex, formatInText, formatReference, type CitationStyle, type CslItem } from '../citations/engine.ts';
import type { Contribution, Conversation } from '../loader/model.ts';
import { SITE_URL } from './site.ts';
import { absoluteUrl, contributionPath } from './urls.ts';

/**
 * A contribution as a CSL-JSON item, from the content's metadata: its writer (only when the
 * text names one), the conversation as the container, the month it appeared, and its own URL.
 */
export function contributionItem(conversation: Conversation, contribution: Contribution, site = SITE_URL): CslItem {
	const speaker = contribution.speaker;
	const [year, month] = conversation.date.earliest.split('-').map(Number) as [number, number];
	return {
		id: `${conversation.id}-${contribution.id}`,
		// The BibTeX key, stable and unique: conversation and contribution ids (BibTeX keys take no hyphens).
		'citation-key': `${conversation.id}_${contribution.id}`.replace(/-/g, '_'),
		type: 'post',
		title: `Contribution ${contribution.number} to “${conversation.title}”`,
		// A partial name (a first name only) is printed as it stands, never inverted as a surname.
		...(speaker.name ? { author: [speaker.nameIsPartial ? { literal: speaker.name } : nameParts(speaker.name)] } : {}),
		'container-title': conversation.series ?? conversation.source.publisher,
		publisher: conversation.source.publisher,
		issued: { 'date-parts': [[year, month]] },
		URL: absoluteUrl(contributionPath(conversation.id, contribution.id), site),
	};
}

export interface CitationSet {
	/** Reference-list entries, as HTML, by style. */
	styles: { style: CitationStyle; label: string; html: string }[];
	bibtex: string;
	/** The CSL-JSON item, for download. */
	item: CslItem;
}

const STYLES: { style: CitationStyle; label: string }[] = [
	{ style: 'chicago-author-date', label: 'Chicago' },
	{ style: 'apa', label: 'APA' },
	{ style: 'mla', label: 'MLA' },
];

/** "Cite this": the contribution in Chicago, APA and MLA, as BibTeX, and as CSL-JSON. */
export function citeContribution(conversation: Conversation, contribution: Contribution, site = SITE_URL): CitationSet {
	const item = contributionItem(conversation, contribution, site);
	return {
		styles: STYLES.map(({ style, label }) => ({ style, label, html: formatReference(item, style) })),
		bibtex: formatBibtex(item),
		item,
	};
}

/**
 * "Cite this paragraph": the in-text citation with its locator, e.g. "(Delury 2013, para. 6.2)",
 * and the Chicago reference entry pointing at the paragraph's own anchor.
 */
export function citeParagraph(
	conversation: Conversation,
	contribution: Contribution,
	paragraph: number,
	site = SITE_URL,
): { inText: string; referenceHtml: string } {
	const item = contributionItem(conversation, contribution, site);
	const inText = formatInText([item], [{ id: item.id, locator: `${contribution.number}.${paragraph}`, label: 'paragraph' }]);
	const referenceHtml = formatReference({ ...item, URL: `${item.URL as string}#${contribution.id}-p${paragraph}` });
	return { inText, referenceHtml };
}

/** "John Delury" → { given: "John", family: "Delury" }; a one-word name is a given name. */
function nameParts(name: string): { given: string; family?: string } {
	const words = name.trim().split(/\s+/);
	return words.length === 1 ? { given: words[0]! } : { given: words.slice(0, -1).join(' '), family: words.at(-1)! };
}
