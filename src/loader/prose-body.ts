import { unsafeMarkdown } from '../markdown/markdown-safety.ts';
import type { ContentProblem } from './content-error.ts';
import { fileLine, parseBody } from './markdown-tree.ts';

/**
 * Checks editors' prose (a conversation's introduction, a speaker's or a person's text): links
 * only to addresses the edition publishes, images only from the site, and no raw HTML, which
 * would otherwise vanish from the page without a word.
 */
export function checkProse(file: string, body: string, bodyLine: number): ContentProblem[] {
	const parsed = parseBody(file, body, bodyLine);
	if (!parsed.tree) return parsed.problems;
	return unsafeMarkdown(parsed.tree, { images: 'site' }).map(({ line, message }) => ({
		file,
		field: 'body',
		line: fileLine(bodyLine, line),
		message,
	}));
}
