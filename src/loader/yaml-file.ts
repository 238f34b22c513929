import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './content-error.ts';
import { lineOfPath } from './frontmatter.ts';

/** A YAML file that matched its schema, with the line of any field for later checks. */
export interface ParsedYaml<T> {
	data: T;
	/** The file line of a field (`['events', 2, 'date']`), or of its nearest parent that exists. */
	lineOf: (path: readonly (string | number)[]) => number;
}

/**
 * Reads a whole YAML file (not frontmatter) against a schema. Problems name the dotted field
 * (`events.2.date`, as in frontmatter) and the line it is on.
 */
export function parseYamlFile<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
): { ok: true; value: ParsedYaml<z.output<S>> } | { ok: false; problems: ContentProblem[] } {
	const lineCounter = new LineCounter();
	const lineOf = (offset: number) => lineCounter.linePos(offset).line;
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => ({
				file,
				field: 'yaml',
				line: lineOf(error.pos[0]),
				message: `is not valid YAML: ${error.message.split('\n')[0]}`,
			})),
		};
	}
	const result = schema.safeParse(doc.toJS() ?? {});
	if (result.success) {
		return {
			ok: true,
			value: { data: result.data, lineOf: (path) => lineOfPath(doc, path.map(String), lineOf, 1) },
		};
	}
	return {
		ok: false,
		problems: result.error.issues.flatMap((issue) => {
			const path = issue.path.map(String);
			// A misspelt field would otherwise be silently ignored: name each unknown key.
			if (issue.code === 'unrecognized_keys') {
				return issue.keys.map((key) => ({
					file,
					field: [...path, key].join('.'),
					line: lineOfPath(doc, [...path, key], lineOf, 1),
					message: 'is not a field this file can have (check its spelling)',
				}));
			}
			return [
				{
					file,
					field: path.length > 0 ? path.join('.') : 'yaml',
					line: lineOfPath(doc, path, lineOf, 1),
					message:
						issue.code === 'invalid_type' && issue.input === undefined
							? 'is required'
							: issue.message,
				},
			];
		}),
	};
}
