/**
 * What a search result shows, worked out from Pagefind's result data in plain TypeScript, so that
 * the search interface only lays out what it is given (and this can be tested without a browser).
 */
import { languageRuns } from '../core/languages.ts';

/** The parts of Pagefind's result data the interface uses (see Pagefind's JS API docs). */
export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	/** The element that starts the section; absent for the page's top. */
	anchor?: { element: string; id?: string };
	weighted_locations?: { weight: number }[];
	locations?: number[];
}
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results?: PagefindSubResult[];
}

/** A run of an excerpt's text, marked if it matched the query, with its language if not English. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
	lang?: 'zh' | 'ko';
}

export interface ResultView {
	title: string;
	url: string;
	/** Where the result sits: the conversation, or what kind of page it is. */
	context?: string;
	/** The page's excerpt, when no paragraph is listed (empty otherwise). */
	excerpt: ExcerptPart[];
	/** The best-matching paragraphs (or other sections) of the page, best first. */
	paragraphs: { title: string; url: string; excerpt: ExcerptPart[] }[];
}

/** How many paragraphs a result lists under its title. */
export const PARAGRAPHS_PER_RESULT = 2;

/**
 * Pagefind's excerpts are the page's text with `<` and `>` escaped and `<mark>` around matches
 * (nothing else is escaped); any other tag is dropped. This runs in the browser, so it stays a
 * string operation: hast-util-to-string would need an HTML parser in the bundle, and the DOM's
 * `textContent` would also decode a literal `&amp;` the page's text contains, which Pagefind
 * leaves as it is.
 */
function decode(html: string): string {
	return html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

/**
 * Splits an excerpt into plain and marked runs, so the interface can build it from text nodes
 * instead of trusting the excerpt as HTML; Chinese and Korean runs carry their language, as they
 * do on the pages (the names listed under a post, "崔天凯 · 崔天凱", are often what matched).
 */
export function excerptParts(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	for (const [index, piece] of html.split(/<\/?mark>/).entries()) {
		for (const { text, lang } of languageRuns(decode(piece))) {
			if (text) parts.push({ text, marked: index % 2 === 1, ...(lang ? { lang } : {}) });
		}
	}
	return parts;
}

const weightOf = (sub: PagefindSubResult) =>
	sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ??
	sub.locations?.length ??
	0;

const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

/**
 * The site titles each paragraph's sub-result "¶ 6.2" and each margin note's "Note 7"
 * (`data-pagefind-title`): a note is found as a note, leading to it, and a paragraph's excerpt
 * holds only its archived words.
 */
const isPassage = (sub: PagefindSubResult) =>
	sub.title.startsWith('¶') || /^Note \d+$/.test(sub.title);

/**
 * A result as the reader sees it: the page's title (the speaker and number for a post), its
 * context, and up to two of its sections that match best, paragraphs and notes before anything else (such
 * as the list of people mentioned, which matches a name's other spellings). The page's own top and
 * title heading are not sections. The page's excerpt is shown only when no section is, since it repeats the best
 * section's words.
 */
export function toResultView(data: PagefindResultData): ResultView {
	const page = withoutQuery(data.url);
	// The page's top and its own title heading (a post's number and writer) are the result itself.
	const sections = (data.sub_results ?? []).filter(
		(sub) => withoutQuery(sub.url) !== page && sub.anchor?.element.toLowerCase() !== 'h1',
	);
	const paragraphs = sections.filter(isPassage);
	const shown = (paragraphs.length > 0 ? paragraphs : sections)
		.map((sub, order) => ({ sub, order, weight: weightOf(sub) }))
		.sort((a, b) => b.weight - a.weight || a.order - b.order)
		.slice(0, PARAGRAPHS_PER_RESULT)
		.map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }));
	return {
		title: data.meta['title'] ?? page,
		url: data.url,
		...(data.meta['context'] ? { context: data.meta['context'] } : {}),
		excerpt: shown.length > 0 ? [] : excerptParts(data.excerpt),
		paragraphs: shown,
	};
}

/** The line read out (politely) when results arrive. */
export function resultCountText(count: number, query: string): string {
	if (count === 0) return `No results for ${query}`;
	return `${count} ${count === 1 ? 'result' : 'results'} for ${query}`;
}
