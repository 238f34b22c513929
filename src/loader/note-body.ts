import type { CiteKey } from '../citations/engine.ts';
import { parseCitations } from '../citations/parse-citations.ts';
import { parseMarkdown } from '../markdown/render.ts';
import type { ContentProblem } from './content-error.ts';

/**
 * Checks a margin note's Markdown body: one paragraph (a note sits inside a line of text, so it
 * can hold only phrasing content), no raw HTML, and citations written as `[@key]`.
 * Returns the keys it cites, in order, and its citation groups (to format them all in one go).
 */
export function readNoteBody(
	file: string,
	body: string,
	bodyLine: number,
): { keys: string[]; groups: CiteKey[][]; problems: ContentProblem[] } {
	const tree = parseMarkdown(body);
	const problems: ContentProblem[] = [];
	const at = (line: number | undefined) => (line === undefined ? bodyLine : bodyLine + line - 1);
	const blocks = tree.children;
	if (blocks.length === 0)
		return {
			keys: [],
			groups: [],
			problems: [{ file, field: 'body', line: bodyLine, message: 'is empty; write the note as one paragraph citing its sources' }],
		};
	for (const block of blocks.slice(blocks[0]?.type === 'paragraph' ? 1 : 0)) {
		problems.push({
			file,
			field: 'body',
			line: at(block.position?.start.line),
			message: `holds a ${block.type}; a margin note is a single paragraph`,
		});
	}
	const keys: string[] = [];
	const groups: CiteKey[][] = [];
	const paragraph = blocks[0];
	if (paragraph?.type === 'paragraph') {
		for (const child of paragraph.children) {
			if (child.type === 'html') {
				problems.push({
					file,
					field: 'body',
					line: at(child.position?.start.line),
					message: `contains raw HTML (${JSON.stringify(child.value.slice(0, 40))}); use Markdown`,
				});
			}
			if (child.type !== 'text') continue;
			try {
				for (const segment of parseCitations(child.value)) {
					if (!('keys' in segment)) continue;
					groups.push(segment.keys);
					keys.push(...segment.keys.map((key) => key.id));
				}
			} catch (error) {
				problems.push({ file, field: 'body', line: at(child.position?.start.line), message: (error as Error).message });
			}
		}
	}
	if (problems.length === 0 && keys.length === 0) {
		problems.push({ file, field: 'body', line: bodyLine, message: 'cites no reference; every note cites at least one source as [@key]' });
	}
	return { keys: [...new Set(keys)], groups, problems };
}
