/**
 * The words a reader copies when quoting or citing a passage. Everything comes from the page:
 * the writer exactly as it attributes the contribution ("Unnamed contributor" where the text
 * names nobody), the paragraph's locator (6.2), and each style's reference entry from the
 * contribution's "cite this".
 */

export interface Passage {
	/** The selected words, as archived. */
	words: string;
	/** The writer, as the page prints it. */
	writer: string;
	/** The paragraph's locator: `6.2`. */
	locator: string;
	/** The passage's link. */
	url: string;
}

/** The words in curly quotes, with runs of white space made one space. */
export function quoted(words: string): string {
	return `“${words.replace(/\s+/g, ' ').trim()}”`;
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
