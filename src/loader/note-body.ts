import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CiteKey } from '../citations/engine.ts';
import { parseCitations } from '../citations/parse-citations.ts';
import { unsafeMarkdown } from '../markdown/markdown-safety.ts';
import type { ContentProblem } from './content-error.ts';
import { fileLine, parseBody } from './markdown-tree.ts';

/**
 * Checks a margin note's Markdown body: one paragraph (a note sits inside a line of text, so it
 * can hold only phrasing content), no raw HTML, no images, links only to addresses the edition
 * publishes, and citations written as `[@key]`.
 * Returns the keys it cites, in order, and its citation groups (to format them all in one go):
 * those in emphasis or a link too, since they are formatted wherever they stand.
 */
export function readNoteBody(
	file: string,
	body: string,
	bodyLine: number,
): { keys: string[]; groups: CiteKey[][]; problems: ContentProblem[] } {
	const parsed = parseBody(file, body, bodyLine);
	if (!parsed.tree) return { keys: [], groups: [], problems: parsed.problems };
	const problems: ContentProblem[] = [];
	const at = (line: number | undefined) => fileLine(bodyLine, line);
	const blocks = parsed.tree.children;
	if (blocks.length === 0)
		return {
			keys: [],
			groups: [],
			problems: [
				{
					file,
					field: 'body',
					line: bodyLine,
					message: 'is empty; write the note as one paragraph citing its sources',
				},
			],
		};
	for (const block of blocks.slice(blocks[0]?.type === 'paragraph' ? 1 : 0)) {
		problems.push({
			file,
			field: 'body',
			line: at(block.position?.start.line),
			message: `holds a ${block.type}; a margin note is a single paragraph`,
		});
	}
	for (const { line, message } of unsafeMarkdown(parsed.tree, { images: 'none' }))
		problems.push({ file, field: 'body', line: at(line), message });

	const keys: string[] = [];
	const groups: CiteKey[][] = [];
	const paragraph = blocks[0];
	if (paragraph?.type === 'paragraph') {
		visit(paragraph, 'text', (child: Text) => {
			try {
				for (const segment of parseCitations(child.value)) {
					if (!('keys' in segment)) continue;
					groups.push(segment.keys);
					keys.push(...segment.keys.map((key) => key.id));
				}
			} catch (error) {
				problems.push({
					file,
					field: 'body',
					line: at(child.position?.start.line),
					message: (error as Error).message,
				});
			}
		});
	}
	if (problems.length === 0 && keys.length === 0) {
		problems.push({
			file,
			field: 'body',
			line: bodyLine,
			message: 'cites no reference; every note cites at least one source as [@key]',
		});
	}
	return { keys: [...new Set(keys)], groups, problems };
}
