/**
 * The words a reader copies when quoting or citing a passage. Everything comes from the page:
 * the writer exactly as it attributes the contribution ("Unnamed contributor" where the text
 * names nobody), the paragraph's locator (6.2), and each style's reference entry from the
 * contribution's "cite this".
 */

export interface Passage {
	/** The selected words, as archived; where they run over several paragraphs, one string each. */
	words: string | readonly string[];
	/** The writer, as the page prints it. */
	writer: string;
	/** The paragraph's locator, `6.2`, or the paragraphs', `6.2–3` (see `locatorRange`). */
	locator: string;
	/** The passage's link. */
	url: string;
}

/**
 * The words in curly quotes, with runs of white space made one space; words from several
 * paragraphs keep a blank line between them, as a quotation of more than one paragraph does.
 */
export function quoted(words: Passage['words']): string {
	const paragraphs = typeof words === 'string' ? [words] : words;
	return `“${paragraphs.map((text) => text.replace(/\s+/g, ' ').trim()).join('\n\n')}”`;
}

/** The locator of paragraphs `first` to `last` of one contribution: `6.2`, or `6.2–3`. */
export function locatorRange(first: string, last: string): string {
	if (first === last) return first;
	const [post, paragraph] = [first.split('.'), last.split('.')];
	return post[0] === paragraph[0] && paragraph.length === 2
		? `${first}–${paragraph[1]}`
		: `${first}–${last}`;
}

/** “words” — John Delury, ¶ 6.2, and the link on its own line. */
export function quoteText(passage: Passage): string {
	return `${quoted(passage.words)}\n— ${passage.writer}, ¶ ${passage.locator}\n${passage.url}`;
}

/**
 * The passage cited in one style: the words with their paragraph locator, the contribution's
 * reference entry as "cite this" gives it in that style, and the passage's own link.
 */
export function citationText(passage: Passage, reference: string): string {
	return `${quoted(passage.words)} (¶ ${passage.locator})\n${reference.replace(/\s+/g, ' ').trim()}\nPassage: ${passage.url}`;
}
