/** A paragraph of an archived text, with the line it starts on. */
export interface ArchiveParagraph {
	text: string;
	line: number;
}

/**
 * Splits an archived plain text into paragraphs at blank lines, keeping each paragraph's text
 * exactly (inner spaces, non-breaking spaces and all) and the line it starts on.
 */
export function archiveParagraphs(text: string): ArchiveParagraph[] {
	const paragraphs: ArchiveParagraph[] = [];
	const lines = text.split('\n');
	let current: string[] = [];
	let start = 0;
	lines.forEach((line, index) => {
		if (line.trim() === '') {
			if (current.length > 0) paragraphs.push({ text: current.join('\n'), line: start + 1 });
			current = [];
		} else {
			if (current.length === 0) start = index;
			current.push(line);
		}
	});
	if (current.length > 0) paragraphs.push({ text: current.join('\n'), line: start + 1 });
	return paragraphs;
}

/**
 * Where two texts first differ, with a little context from each, for an editor's message.
 * The archive is quoted no further than the file's own text reaches: a message must never
 * become a way to read a file.
 * Differences a reader cannot see (a no-break space for a space, a zero-width space, a soft
 * hyphen, a letter composed differently) are named by their code points.
 */
export function describeDifference(expected: string, actual: string): string {
	let at = 0;
	while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
	if (expected.normalize('NFC') === actual.normalize('NFC')) {
		return `differs at character ${at + 1} only in how a letter is encoded: the archive has ${codePoints(cluster(expected, at))}, the file has ${codePoints(cluster(actual, at))} (the same letter composed and decomposed, Unicode NFC and NFD); copy the archive's form`;
	}
	const from = Math.max(0, at - 20);
	const archive = JSON.stringify(
		expected.slice(from, Math.min(at + 20, Math.max(actual.length, at))),
	);
	const file = JSON.stringify(actual.slice(from, at + 20));
	const unseen = invisible(expected.codePointAt(at)) || invisible(actual.codePointAt(at));
	const where = unseen
		? `; there the archive has ${at < expected.length ? codePoints(String.fromCodePoint(expected.codePointAt(at)!)) : 'nothing more'}, the file has ${at < actual.length ? codePoints(String.fromCodePoint(actual.codePointAt(at)!)) : 'nothing more'}`
		: '';
	const ends = at >= actual.length ? ', where the file’s paragraph stops' : '';
	return `differs at character ${at + 1}${ends}: the archive has ${archive}, the file has ${file}${where}`;
}

/** Names of the characters most often behind a difference nobody can see. */
const NAMES: Record<number, string> = {
	0x20: 'SPACE',
	0xa0: 'NO-BREAK SPACE',
	0xad: 'SOFT HYPHEN',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x2060: 'WORD JOINER',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
	0x202f: 'NARROW NO-BREAK SPACE',
	0x2009: 'THIN SPACE',
	0x3000: 'IDEOGRAPHIC SPACE',
	0x0301: 'COMBINING ACUTE ACCENT',
	0x0308: 'COMBINING DIAERESIS',
};

/** Spaces, format characters and combining marks: what may differ without showing. */
function invisible(codePoint: number | undefined): boolean {
	return (
		codePoint !== undefined && /[\p{Z}\p{Cf}\p{Cc}\p{M}]/u.test(String.fromCodePoint(codePoint))
	);
}

/** `U+00A0 NO-BREAK SPACE`, one per code point. */
function codePoints(text: string): string {
	return [...text]
		.map((char) => {
			const code = char.codePointAt(0)!;
			const name = NAMES[code];
			const shown = name ? ` ${name}` : invisible(code) ? '' : ` (${JSON.stringify(char)})`;
			return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${shown}`;
		})
		.join(' ');
}

/** The letter at `at` with the combining marks after it. */
function cluster(text: string, at: number): string {
	return /^.\p{M}*/su.exec(text.slice(at))?.[0] ?? '';
}
