import { archiveParagraphs, type ArchiveParagraph } from '../loader/archive.ts';

/** How the start of a block was found in the archived text. */
export type BlockStart =
	| { kind: 'start' }
	| { kind: 'byline'; byline: string; line: number }
	| { kind: 'blank-lines'; blankLines: number; line: number };

/** A run of paragraphs the archive itself sets apart: a candidate contribution. */
export interface ArchiveBlock {
	start: BlockStart;
	/** The block's paragraphs, exactly as archived; a byline line, when there is one, is the first. */
	paragraphs: ArchiveParagraph[];
}

export interface SplitArchive {
	title: ArchiveParagraph;
	series?: ArchiveParagraph;
	blocks: ArchiveBlock[];
}

/**
 * Divides an archived text where the archive itself marks a division, and nowhere else: the
 * first paragraph is the title; a short second line without closing punctuation is the series
 * line ("A ChinaFile Conversation"); then a new block starts at a byline line ("Orville
 * Schell:") or after a run of two or more blank lines. Nothing is inferred from what the
 * paragraphs say: splitting further is an editor's judgement.
 */
export function splitArchive(text: string): SplitArchive {
	const paragraphs = archiveParagraphs(text);
	const [title, second] = paragraphs;
	if (!title) throw new Error('holds no text');
	const series = second && isSeriesLine(second.text) ? second : undefined;
	const body = paragraphs.slice(series ? 2 : 1);
	const blocks: ArchiveBlock[] = [];
	let previous = series ?? title;
	for (const paragraph of body) {
		const gap = paragraph.line - lastLine(previous) - 1;
		const start: BlockStart | undefined = isBylineLine(paragraph.text)
			? { kind: 'byline', byline: paragraph.text, line: paragraph.line }
			: blocks.length > 0 && gap >= 2
				? { kind: 'blank-lines', blankLines: gap, line: paragraph.line }
				: blocks.length === 0
					? { kind: 'start' }
					: undefined;
		if (start) blocks.push({ start, paragraphs: [paragraph] });
		else blocks.at(-1)!.paragraphs.push(paragraph);
		previous = paragraph;
	}
	return { title, ...(series ? { series } : {}), blocks };
}

/** The line a paragraph ends on. */
function lastLine(paragraph: ArchiveParagraph): number {
	return paragraph.line + paragraph.text.split('\n').length - 1;
}

/** A name on a line of its own, ending in a colon: "Orville Schell:", "Jane van Dyke:", "崔天凯：". */
export function isBylineLine(text: string): boolean {
	if (text.includes('\n') || text.length > 60) return false;
	const name = /^(.+?)\s*[:：]$/u.exec(text.trim())?.[1];
	if (!name) return false;
	// Names in scripts without capitals: a few characters, no spaces.
	if (
		/^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}·・]{2,8}$/u.test(name)
	)
		return true;
	const words = name.split(/\s+/);
	const particle = /^(?:de|da|del|der|den|di|du|la|le|van|von|bin|al|y)$/;
	return (
		words.length >= 1 &&
		words.length <= 5 &&
		/^\p{Lu}/u.test(words[0]!) &&
		words.every((word) => /^\p{Lu}[\p{L}\p{M}.'’-]*$/u.test(word) || particle.test(word))
	);
}

/** A short single line under the title that is not a sentence: "A ChinaFile Conversation". */
export function isSeriesLine(text: string): boolean {
	return (
		!text.includes('\n') &&
		text.length <= 80 &&
		!/[.!?:;,…"”’)]$/u.test(text.trim()) &&
		!isBylineLine(text)
	);
}
