import { readContributionBody } from '../loader/contribution-body.ts';

/**
 * A paragraph of archived text written as Markdown that reads back as exactly that text, so the
 * verbatim check passes from the start. Plain prose is written as it is; a paragraph that
 * Markdown would read differently (an asterisk, a leading "1.", a "<") has those characters
 * escaped. Returns undefined when no writing reads back exactly (leading spaces, say).
 */
export function paragraphMarkdown(text: string): string | undefined {
	for (const candidate of [text, escapeMarkdown(text)]) {
		if (readsBackAs(candidate, text)) return candidate;
	}
	return undefined;
}

/** Whether the loader reads a Markdown paragraph back as exactly `text`. */
function readsBackAs(markdown: string, text: string): boolean {
	const { paragraphs, problems } = readContributionBody('paragraph', markdown, 1);
	return problems.length === 0 && paragraphs.length === 1 && paragraphs[0]!.text === text;
}

/** Backslash-escapes the characters Markdown gives a meaning to, and list or heading marks at a line's start. */
export function escapeMarkdown(text: string): string {
	return text
		.split('\n')
		.map((line) =>
			line
				.replace(/[\\`*_[\]<>|~&]/g, '\\$&')
				.replace(/^(\s*)([#+=-])/, '$1\\$2')
				.replace(/^(\s*\d+)([.)])/, '$1\\$2'),
		)
		.join('\n');
}
