import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-error.ts';
import { fileLine, parseBody } from './markdown-tree.ts';

export interface BodyParagraph {
	/** The paragraph's text as readers see it (Markdown escapes resolved). */
	text: string;
	/** The file line it starts on. */
	line: number;
}

/** What Markdown around archived words would turn them into, for the message. */
const MARKUP: Partial<Record<PhrasingContent['type'], string>> = {
	emphasis: 'emphasis (*…*)',
	strong: 'strong emphasis (**…**)',
	delete: 'strikethrough (~~…~~)',
	inlineCode: 'code (`…`)',
	link: 'a link',
	linkReference: 'a link',
	image: 'an image',
	imageReference: 'an image',
	break: 'a hard line break',
	footnoteReference: 'a footnote',
};

/**
 * Reads a contribution's Markdown body into its paragraphs, refusing what a verbatim archive
 * text cannot contain: raw HTML (which could smuggle script into a page), anything but
 * paragraphs at the top level, any markup inside a paragraph (emphasis, links, images: the
 * comparison with the archive sees only their words, so they would pass it), and an empty body.
 */
export function readContributionBody(
	file: string,
	body: string,
	bodyLine: number,
): { paragraphs: BodyParagraph[]; problems: ContentProblem[] } {
	const parsed = parseBody(file, body, bodyLine);
	if (!parsed.tree) return { paragraphs: [], problems: parsed.problems };
	const tree: Root = parsed.tree;
	const problems: ContentProblem[] = [];
	const at = (line: number | undefined) => fileLine(bodyLine, line);

	visit(tree, 'html', (node) => {
		problems.push({
			file,
			field: 'body',
			line: at(node.position?.start.line),
			message: `contains raw HTML (${JSON.stringify(node.value.slice(0, 40))}); contributions are plain text, so write it as text or remove it`,
		});
	});

	const paragraphs: BodyParagraph[] = [];
	for (const node of tree.children) {
		if (node.type === 'paragraph') {
			problems.push(
				...markupIn(node.children, body).map((problem) => ({
					file,
					field: 'body',
					line: at(problem.line),
					message: problem.message,
				})),
			);
			paragraphs.push({ text: toString(node), line: at(node.position?.start.line) });
		} else if (node.type !== 'html') {
			problems.push({
				file,
				field: 'body',
				line: at(node.position?.start.line),
				message: `holds a ${node.type}; a contribution is made of plain paragraphs separated by blank lines`,
			});
		}
	}
	if (paragraphs.length === 0 && problems.length === 0) {
		problems.push({
			file,
			field: 'body',
			line: bodyLine,
			message: 'is empty; a contribution needs at least one paragraph',
		});
	}
	return { paragraphs, problems };
}

/**
 * Inline markup in a paragraph: anything but text. An address the archive prints as it is (GFM
 * turns `www.example.org` into a link) is text too, since its words are exactly the source's.
 */
function markupIn(
	children: readonly PhrasingContent[],
	body: string,
): { line: number | undefined; message: string }[] {
	return children.flatMap((node) => {
		if (node.type === 'text' || node.type === 'html') return [];
		const { start, end } = node.position ?? {};
		if (
			node.type === 'link' &&
			start?.offset !== undefined &&
			body.slice(start.offset, end?.offset) === toString(node)
		)
			return [];
		return [
			{
				line: start?.line,
				message: `puts ${MARKUP[node.type] ?? `a ${node.type}`} around ${JSON.stringify(toString(node).slice(0, 40))}; a contribution is the archived text only, so write the words as plain text (a \\ before a Markdown character keeps it as text)`,
			},
		];
	});
}
