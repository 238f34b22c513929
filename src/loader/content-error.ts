/**
 * One mistake in an editor's file, described well enough to fix without reading code:
 * which file, which field, which line, and what is wrong.
 */
export interface ContentProblem {
	/** Path of the file, relative to the project (e.g. `content/speakers/suzanne.md`). */
	file: string;
	/** The frontmatter field, dotted (`attribution.quote`), or `body` for the Markdown text. */
	field: string;
	/** 1-based line in the file, where it can be known. */
	line?: number;
	/** What is wrong, written for an editor. */
	message: string;
}

/** Thrown when content has mistakes; carries every problem found, not just the first. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		super(formatProblems(problems));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** `content/x.md:4 speaker: unknown speaker "bob"`, one problem a line. */
export function formatProblem({ file, field, line, message }: ContentProblem): string {
	return `${file}${line ? `:${line}` : ''} ${field}: ${message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return [`The content has ${count}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
