import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown/render.ts';
import type { ContentProblem } from './content-error.ts';

export interface BodyParagraph {
	/** The paragraph's text as readers see it (Markdown escapes resolved). */
	text: string;
	/** The file line it starts on. */
	line: number;
}

/**
 * Reads a contribution's Markdown body into its paragraphs, refusing what a verbatim archive
 * text cannot contain: raw HTML (which could smuggle script into a page), anything but
 * paragraphs at the top level, and an empty body.
 */
export function readContributionBody(
	file: string,
	body: string,
	bodyLine: number,
): { paragraphs: BodyParagraph[]; problems: ContentProblem[] } {
	const tree: Root = parseMarkdown(body);
	const problems: ContentProblem[] = [];
	const fileLine = (line: number | undefined) => (line === undefined ? bodyLine : bodyLine + line - 1);

	visit(tree, 'html', (node) => {
		problems.push({
			file,
			field: 'body',
			line: fileLine(node.position?.start.line),
			message: `contains raw HTML (${JSON.stringify(node.value.slice(0, 40))}); contributions are plain text, so write it as text or remove it`,
		});
	});

	const paragraphs: BodyParagraph[] = [];
	for (const node of tree.children) {
		if (node.type === 'paragraph') {
			paragraphs.push({ text: toString(node), line: fileLine(node.position?.start.line) });
		} else if (node.type !== 'html') {
			problems.push({
				file,
				field: 'body',
				line: fileLine(node.position?.start.line),
				message: `holds a ${node.type}; a contribution is made of plain paragraphs separated by blank lines`,
			});
		}
	}
	if (paragraphs.length === 0 && problems.length === 0) {
		problems.push({ file, field: 'body', line: bodyLine, message: 'is empty; a contribution needs at least one paragraph' });
	}
	return { paragraphs, problems };
}
