/**
 * A link to a passage: the paragraph's anchor plus a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/), e.g.
 * `#c6-p2:~:text=Beijing-,is%20not,-intent`. Browsers with text fragments highlight the words;
 * the others land on the paragraph. Pure functions, so the browser module only lays out.
 */

/** A paragraph's archived words, and where the edition's own text sits between them. */
export interface ParagraphText {
	/** The archived words only (no permalink number, note number or note). */
	text: string;
	/**
	 * Offsets in `text` where something the edition inserted, with text of its own, sits (a
	 * note's number): a text directive's term cannot run across one.
	 */
	breaks: readonly number[];
}

/** A text directive's terms, before encoding. */
export interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

// A letter, digit or combining mark; an apostrophe or full stop between two of these joins them
// ("Orville’s", "U.S"), as the word breaking that browsers match text fragments with does.
const WORD = /[\p{L}\p{N}\p{M}]/u;
const JOINER = /[’'.]/;

function isWordChar(text: string, at: number): boolean {
	const char = text[at];
	if (char === undefined) return false;
	if (WORD.test(char)) return true;
	return JOINER.test(char) && WORD.test(text[at - 1] ?? '') && WORD.test(text[at + 1] ?? '');
}

/**
 * Widens [start, end) to whole words and trims the space around it: text fragments match whole
 * words only. Undefined when no word is selected.
 */
export function wholeWords(text: string, start: number, end: number): [number, number] | undefined {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	if (start >= end) return undefined;
	while (start > 0 && isWordChar(text, start - 1) && isWordChar(text, start)) start--;
	while (end < text.length && isWordChar(text, end - 1) && isWordChar(text, end)) end++;
	return /[\p{L}\p{N}]/u.test(text.slice(start, end)) ? [start, end] : undefined;
}

/** Lower case, one space for any run of white space: how a page's text is compared. */
export function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').toLowerCase();
}

/** How many times `needle` occurs in `haystack` (both normalised), overlaps included. */
export function occurrences(haystack: string, needle: string): number {
	if (!needle) return 0;
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
	return count;
}

/**
 * A term encoded for a text directive: percent-encoded like a URI component, and `-` too, which
 * the directive's syntax uses (with `,` and `&`, which encodeURIComponent already encodes).
 */
export function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `text=prefix-,start,end,-suffix`, each term encoded. */
export function formatDirective(directive: TextDirective): string {
	const { prefix, start, end, suffix } = directive;
	const terms = [
		prefix && `${encodeTerm(prefix)}-`,
		encodeTerm(start),
		end && encodeTerm(end),
		suffix && `-${encodeTerm(suffix)}`,
	];
	return `text=${terms.filter(Boolean).join(',')}`;
}

/** Up to `words` whole words of `text` before `at` (not before `floor`), as [from, at]. */
function wordsBefore(text: string, at: number, floor: number, words: number): number {
	let from = at;
	for (let n = 0; n < words; n++) {
		let next = from;
		while (next > floor && /\s/.test(text[next - 1]!)) next--;
		while (next > floor && !/\s/.test(text[next - 1]!)) next--;
		if (next === from || !/\S/.test(text.slice(next, from))) break;
		from = next;
	}
	return from;
}

/** Up to `words` whole words of `text` after `at` (not past `ceiling`). */
function wordsAfter(text: string, at: number, ceiling: number, words: number): number {
	let to = at;
	for (let n = 0; n < words; n++) {
		let next = to;
		while (next < ceiling && /\s/.test(text[next]!)) next++;
		while (next < ceiling && !/\s/.test(text[next]!)) next++;
		if (next === to || !/\S/.test(text.slice(to, next))) break;
		to = next;
	}
	return to;
}

const CONTEXT_WORDS = [
	[0, 0],
	[1, 0],
	[0, 1],
	[1, 1],
	[2, 1],
	[1, 2],
	[2, 2],
	[3, 3],
	[5, 5],
] as const;

/**
 * The text directive for words [start, end) of a paragraph, made to match only there in the
 * target page, whose whole text is `pageText`: with as few words of context (prefix, suffix) as
 * make it unique. A term never runs across a break; a selection that does becomes `start,end`.
 * Undefined when no directive can single the words out (the link then names the paragraph only).
 */
export function passageDirective(
	paragraph: ParagraphText,
	start: number,
	end: number,
	pageText: string,
): TextDirective | undefined {
	const { text, breaks } = paragraph;
	const page = normalise(pageText);
	// Words that run across a note's number are a range, start,end, whose terms stop at the number.
	if (breaks.some((at) => at > start && at < end))
		return rangeDirective([{ paragraph, start, end }], pageText);
	const floor = Math.max(0, ...breaks.filter((at) => at <= start));
	const ceiling = Math.min(text.length, ...breaks.filter((at) => at >= end));
	for (const [before, after] of CONTEXT_WORDS) {
		const from = wordsBefore(text, start, floor, before);
		const to = wordsAfter(text, end, ceiling, after);
		if ((before && from === start) || (after && to === end)) continue;
		if (occurrences(page, normalise(text.slice(from, to))) <= 1)
			return directive(text, from, start, end, to);
	}
	return undefined;
}

function directive(
	text: string,
	from: number,
	start: number,
	end: number,
	to: number,
): TextDirective {
	return {
		...(from < start ? { prefix: text.slice(from, start).trim() } : {}),
		start: text.slice(start, end),
		...(to > end ? { suffix: text.slice(end, to).trim() } : {}),
	};
}

/** The passage's URL: the paragraph's anchor, and the text directive when there is one. */
export function passageUrl(
	pageUrl: string,
	paragraphId: string,
	directive: TextDirective | undefined,
): string {
	const base = pageUrl.split('#')[0]!;
	return `${base}#${paragraphId}${directive ? `:~:${formatDirective(directive)}` : ''}`;
}

/** The words selected in one paragraph of a selection that spans several: [start, end) of its text. */
export interface ParagraphPart {
	paragraph: ParagraphText;
	start: number;
	end: number;
}

// Words of each end of a range that a term takes at most: enough to be found, short enough to read.
const TERM_WORDS = 4;

/**
 * The text directive for words running from one paragraph into later ones (`start,end`): the
 * start term is the first words selected in the first paragraph, the end term the last ones in
 * the last, neither across a note's number. Context (prefix, suffix) is added until the start
 * occurs once in the target page and the end's first occurrence after it is the selected one,
 * which is how a browser matches a range. Undefined when nothing singles the words out.
 */
export function rangeDirective(
	parts: readonly ParagraphPart[],
	pageText: string,
): TextDirective | undefined {
	const first = parts[0]!;
	const last = parts.at(-1)!;
	if (parts.length < 2 && !first.paragraph.breaks.some((at) => at > first.start && at < first.end))
		return passageDirective(first.paragraph, first.start, first.end, pageText);
	const page = normalise(pageText);
	const head = edgeTerm(first, 'start');
	const tail = edgeTerm(last, 'end');
	if (!head || !tail) return undefined;
	const [a, b] = [first.paragraph, last.paragraph];
	const floor = Math.max(0, ...a.breaks.filter((at) => at <= first.start));
	const ceiling = Math.min(b.text.length, ...b.breaks.filter((at) => at >= last.end));
	for (const [before, after] of CONTEXT_WORDS) {
		const from = wordsBefore(a.text, first.start, floor, before);
		const to = wordsAfter(b.text, last.end, ceiling, after);
		if ((before && from === first.start) || (after && to === last.end)) continue;
		const opening = normalise(a.text.slice(from, head[1]));
		if (occurrences(page, opening) !== 1) continue;
		const rest = page.slice(page.indexOf(opening) + opening.length);
		if (occurrences(rest, normalise(b.text.slice(tail[0], to))) !== 1) continue;
		const range = {
			...directive(a.text, from, first.start, head[1], head[1]),
			end: b.text.slice(...tail),
		};
		return to > last.end ? { ...range, suffix: b.text.slice(last.end, to).trim() } : range;
	}
	return undefined;
}

/**
 * The first (or last) few whole words of a part, stopping short of a note's number: a word glued
 * to the number would not match as a whole word, so the term stops at the space before it.
 */
function edgeTerm(
	{ paragraph, start, end }: ParagraphPart,
	edge: 'start' | 'end',
): [number, number] | undefined {
	const { text, breaks } = paragraph;
	if (edge === 'start') {
		const limit = Math.min(end, ...breaks.filter((at) => at > start));
		let to = wordsAfter(text, start, limit, TERM_WORDS);
		if (to === limit && limit < end && isWordChar(text, limit - 1))
			to = wordsBefore(text, limit, start, 1);
		const term = wholeWords(text, start, to);
		return term && term[0] === start ? term : undefined;
	}
	const limit = Math.max(start, ...breaks.filter((at) => at < end));
	let from = wordsBefore(text, end, limit, TERM_WORDS);
	if (from === limit && limit > start && isWordChar(text, limit))
		from = wordsAfter(text, limit, end, 1);
	const term = wholeWords(text, from, end);
	return term && term[1] === end ? term : undefined;
}
