import type { Root } from 'mdast';
import { tooDeep } from '../markdown/markdown-safety.ts';
import { parseMarkdown } from '../markdown/render.ts';
import type { ContentProblem } from './content-error.ts';
import { parseCache } from './parse-cache.ts';

// A body's tree depends on its text alone; every reader of it only reads it.
const trees = parseCache<Root>();

/**
 * Parses the Markdown body of a content file, after making sure it is not nested so deep that
 * parsing it would overflow the stack: that is reported as the file's own mistake, at once.
 *
 * @param bodyLine the file line the body starts on, so problems name file lines
 */
export function parseBody(
	file: string,
	body: string,
	bodyLine: number,
): { tree: Root; problems: [] } | { tree?: undefined; problems: ContentProblem[] } {
	const deep = tooDeep(body);
	if (deep)
		return {
			problems: [
				{ file, field: 'body', line: fileLine(bodyLine, deep.line), message: deep.message },
			],
		};
	return { tree: trees(body, () => parseMarkdown(body)), problems: [] };
}

/** The file line of a line of the body (counting from 1), or the body's first line when unknown. */
export function fileLine(bodyLine: number, line: number | undefined): number {
	return line === undefined ? bodyLine : bodyLine + line - 1;
}
