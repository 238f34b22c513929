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

/** Where two texts first differ, with a little context from each, for an editor's message. */
export function describeDifference(expected: string, actual: string): string {
	let at = 0;
	while (at < expected.length && at < actual.length && expected[at] === actual[at]) at++;
	const show = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
	return `differs at character ${at + 1}: the archive has ${show(expected)}, the file has ${show(actual)}`;
}
