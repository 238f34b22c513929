import type { ContentProblem } from './content-error.ts';

/** What a check knows of a file: its path, and the line each field is on. */
export interface Located {
	file: string;
	lineOf: (path: readonly (string | number)[]) => number;
}

/**
 * A problem with one field of a file, at that field's line: every check across files builds its
 * problems here, so none is reported without a file, a dotted field and a line.
 */
export function problem(
	draft: Located,
	field: readonly (string | number)[],
	message: string,
): ContentProblem {
	return { file: draft.file, field: field.join('.'), line: draft.lineOf(field), message };
}
