import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './content-error.ts';
import { lineOfPath } from './frontmatter.ts';
import { describeIssue } from './schema-issue.ts';

/**
 * Reads a JSON file against a schema, reporting problems with the line they are on. JSON is
 * read with the YAML parser (JSON is YAML), which keeps every value's position; `lineOf` gives
 * the line of a value (`[3, 'title']`) for checks made later, across files.
 */
export function parseJsonFile<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
):
	| { ok: true; value: z.output<S>; lineOf: (path: readonly (string | number)[]) => number }
	| { ok: false; problems: ContentProblem[] } {
	const lineCounter = new LineCounter();
	const lineOf = (offset: number) => lineCounter.linePos(offset).line;
	try {
		JSON.parse(text);
	} catch (error) {
		const position = /position (\d+)/.exec((error as Error).message);
		return {
			ok: false,
			problems: [
				{
					file,
					field: 'json',
					...(position ? { line: text.slice(0, Number(position[1])).split('\n').length } : {}),
					message: `is not valid JSON: ${(error as Error).message}`,
				},
			],
		};
	}
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
	// JSON.parse keeps the last of two equal keys and says nothing; the first value would be lost.
	const duplicates = doc.errors.filter((error) => error.code === 'DUPLICATE_KEY');
	if (duplicates.length > 0) {
		return {
			ok: false,
			problems: duplicates.map((error) => ({
				file,
				field: 'json',
				line: lineOf(error.pos[0]),
				message: `has the key ${/^"(?:[^"\\]|\\.)*"/.exec(text.slice(error.pos[0]))?.[0] ?? ''} twice in one object; JSON keeps only the last value, so remove one`,
			})),
		};
	}
	const result = schema.safeParse(doc.toJS(), { reportInput: true });
	if (result.success)
		return {
			ok: true,
			value: result.data,
			lineOf: (path) => lineOfPath(doc, path.map(String), lineOf, 1),
		};
	return {
		ok: false,
		problems: result.error.issues.map((issue) => {
			const path = issue.path.map(String);
			return {
				file,
				field: jsonField(path),
				line: lineOfPath(doc, path, lineOf, 1),
				message: describeIssue(issue),
			};
		}),
	};
}

/** `[0].title` for the path `0, title`; `json` for the whole file. */
export function jsonField(path: readonly (string | number)[]): string {
	if (path.length === 0) return 'json';
	return path
		.map((p) => (/^\d+$/.test(String(p)) ? `[${p}]` : `.${p}`))
		.join('')
		.replace(/^\./, '');
}
