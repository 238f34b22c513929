import { wholeWords, type ParagraphText } from '../lib/passage-link.ts';

/*
 * What a selection covers, for the passage control (passage.ts): the archived words of the
 * paragraphs it takes words from, or the sentence that declines it; and the text of the page a
 * link will open, which its words must be found in.
 */

// What the edition inserts in a paragraph (its number, notes' numbers and notes), not archived words.
const INSERTED = '.para-link, .note-ref, .note-toggle, .sidenote';
export const NOTE = '.sidenote, .para-notes';
export const NOT_NOTES =
	'Notes are the edition’s, not the archive’s: link to a note by its number.';
export const ONLY_WORDS =
	'Only the archived words can be linked: select words in a contribution’s paragraphs.';

export const el = (node: Node | null) => (node instanceof Element ? node : node?.parentElement);

/** The paragraph's archived words, where the edition's own text breaks them, and the range's offsets in them. */
function readParagraph(p: Element, range: Range) {
	let text = '';
	const breaks: number[] = [];
	let start = -1;
	let end = -1;
	const walk = (node: Node) => {
		for (const child of node.childNodes) {
			if (child instanceof Element) {
				if (!child.matches(INSERTED)) walk(child);
				else if (child.textContent.trim()) breaks.push(text.length);
			} else if (child instanceof Text) {
				if (range.intersectsNode(child)) {
					if (start < 0)
						start = text.length + (child === range.startContainer ? range.startOffset : 0);
					end = text.length + (child === range.endContainer ? range.endOffset : child.length);
				}
				text += child.data;
			}
		}
	};
	walk(p);
	return { p, paragraph: { text, breaks } as ParagraphText, start, end };
}

/** The whole text of a page, as a browser searches it for a text fragment (a little more). */
export function pageText(body: HTMLElement): string {
	const copy = body.cloneNode(true) as HTMLElement;
	copy.querySelectorAll('script, style, .passage').forEach((node) => node.remove());
	return copy.textContent;
}

// A contribution's own page, read once: its text is what a link's words must be unique in.
const pages = new Map<string, Promise<string>>();
export function targetText(path: string): Promise<string> {
	if (!pages.has(path))
		pages.set(
			path,
			fetch(path)
				.then((response) => response.text())
				.then((html) => pageText(new DOMParser().parseFromString(html, 'text/html').body))
				// Offline, this page's own text, which holds the contribution's words too.
				.catch(() => pageText(document.body)),
		);
	return pages.get(path)!;
}

/**
 * Why the selection cannot be linked, or the paragraphs of one contribution it takes words from,
 * with those words' offsets in each.
 */
export function partsOf(range: Range): ReturnType<typeof readParagraph>[] | string {
	const [first, last] = [el(range.startContainer), el(range.endContainer)];
	if (first?.closest(NOTE)) return NOT_NOTES;
	const body = first?.closest('.contribution-body > p')?.parentElement;
	if (!body) return ONLY_WORDS;
	// Paragraphs the range touches with a word: a triple click also reaches the start of the next one.
	const parts = [...body.querySelectorAll(':scope > p')]
		.filter((p) => range.intersectsNode(p))
		.map((p) => readParagraph(p, range))
		.filter((part) => part.start >= 0 && wholeWords(part.paragraph.text, part.start, part.end));
	if (!parts.length) return 'Select at least one word to link to it.';
	// Words beyond the last such paragraph (the paragraph's citation block is hidden until its
	// permalink is followed: not words selected) are in a note, the apparatus or another post.
	const beyond = document.createRange();
	beyond.setStartAfter(parts.at(-1)!.p);
	beyond.setEnd(range.endContainer, range.endOffset);
	const rest = beyond.collapsed ? undefined : beyond.cloneContents();
	if (!rest?.textContent.trim()) return parts;
	const article = (node: Element | null | undefined) => node?.closest('article.contribution');
	if (article(last) && article(last) !== article(first))
		return 'This selection spans two contributions: select words in one of them to link to them.';
	if (last?.closest(NOTE)) return NOT_NOTES;
	return ONLY_WORDS;
}
