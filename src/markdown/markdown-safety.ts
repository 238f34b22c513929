import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isAllowedImage, isAllowedLink } from '../security/safe-url.ts';

/**
 * What editors' Markdown may hold, checked on the parsed tree before anything is rendered: links
 * only to http(s), mailto: or the site's own paths, images only from the site itself (none at all
 * in notes), and no raw HTML. `rehype-safe-urls` filters the rendered HTML again, in case
 * something reaches a page without passing here.
 */

/** Lists and quotes may nest this deep; any deeper is a mistake, and far deeper would overflow the parser's stack. */
export const MAX_NESTING = 32;

/** A line of a Markdown text (counting from 1) and what is wrong on it. */
export interface MarkdownProblem {
	line: number | undefined;
	message: string;
}

/**
 * The first line whose lists and quotes nest more than `MAX_NESTING` deep, read from the line's
 * leading markers and indentation before the text is parsed (parsing it is what would fail).
 */
export function tooDeep(markdown: string): MarkdownProblem | undefined {
	const lines = markdown.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const depth = nestingOf(lines[index]!);
		if (depth > MAX_NESTING) {
			return {
				line: index + 1,
				message: `nests lists or quotes more than ${MAX_NESTING} deep; write it flatter`,
			};
		}
	}
	return undefined;
}

/** Container markers (`>`, `-`, `*`, `+`, `1.`) at the start of a line, plus two columns of indentation for a level. */
function nestingOf(line: string): number {
	let depth = 0;
	let columns = 0;
	let at = 0;
	while (at < line.length && depth + Math.floor(columns / 2) <= MAX_NESTING) {
		const char = line[at]!;
		if (char === ' ') columns += 1;
		else if (char === '\t') columns += 4;
		else if (char === '>') depth += 1;
		else if ('-*+'.includes(char) && /[ \t]|^$/.test(line[at + 1] ?? '')) depth += 1;
		else {
			const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(at, at + 11));
			if (!ordered) break;
			depth += 1;
			at += ordered[0].length - 1;
		}
		at++;
	}
	return depth + Math.floor(columns / 2);
}

export interface SafetyRules {
	/** `none` in margin notes; `site` lets prose show the site's own images. */
	images: 'none' | 'site';
}

/** Links, images and raw HTML in a parsed Markdown text that may not be published. */
export function unsafeMarkdown(tree: Root, rules: SafetyRules): MarkdownProblem[] {
	const problems: MarkdownProblem[] = [];
	const definitions = new Map<string, Definition>();
	visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
	visit(tree, (node) => {
		const line = node.position?.start.line;
		if (node.type === 'html') {
			problems.push({
				line,
				message: `contains raw HTML (${JSON.stringify(node.value.slice(0, 40))}); write it in Markdown, as raw HTML is never published`,
			});
		} else if ((node.type === 'link' || node.type === 'definition') && !isAllowedLink(node.url)) {
			problems.push({
				line,
				message: `links to ${JSON.stringify(node.url.slice(0, 60))}; a link must be an http(s) address, a mailto: address or a path of this site`,
			});
		} else if (node.type === 'image' || node.type === 'imageReference') {
			const url = node.type === 'image' ? node.url : definitions.get(node.identifier)?.url;
			if (rules.images === 'none') {
				problems.push({ line, message: 'holds an image; a margin note is text only' });
			} else if (url === undefined || !isAllowedImage(url)) {
				problems.push({
					line,
					message: `shows an image from ${JSON.stringify((url ?? '').slice(0, 60))}; only the site's own images (a path such as /images/map.png) may be shown`,
				});
			}
		}
	});
	return problems;
}
