import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './content-error.ts';
import { findPlaceholders } from './placeholders.ts';
import { describeIssue } from './schema-issue.ts';

export interface ParsedFile<T> {
	data: T;
	/** The Markdown after the frontmatter. */
	body: string;
	/** The file line on which `body` starts, so body positions can be reported as file lines. */
	bodyLine: number;
	/** The file line of a frontmatter field (`['replyTo', 0]`), or of its nearest parent that exists. */
	lineOf: (path: readonly (string | number)[]) => number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits a Markdown file into YAML frontmatter and body, and checks the frontmatter against a
 * schema. Every problem names the field and the line it sits on, so an editor can go straight there.
 */
export function parseMarkdownFile<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
):
	| { ok: true; value: ParsedFile<z.output<S>> }
	| { ok: false; problems: ContentProblem[]; id?: string } {
	const fence = FENCE.exec(text);
	if (!fence) {
		return fail({
			file,
			field: 'frontmatter',
			line: 1,
			message: 'must start with a `---` line, then YAML fields, then a closing `---` line',
		});
	}
	const yamlText = fence[1] ?? '';
	const lineCounter = new LineCounter();
	// The YAML starts on line 2, after the opening fence.
	const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		return fail(
			...doc.errors.map((error) => ({
				file,
				field: 'frontmatter',
				line: lineOf(error.pos[0]),
				message: `is not valid YAML: ${error.message.split('\n')[0]}`,
			})),
		);
	}
	const raw: unknown = doc.toJS();
	const placeholders = findPlaceholders(raw).map(({ path, what }) => ({
		file,
		field: path.join('.'),
		line: lineOfPath(doc, path.map(String), lineOf),
		message: `is still to be written: ${what}`,
	}));
	const result = schema.safeParse(raw ?? {}, { reportInput: true });
	if (!result.success || placeholders.length > 0) {
		// A placeholder's own complaint from the schema (not a date, not a URL) would only repeat it.
		const pending = new Set(placeholders.map((problem) => problem.field));
		const issues = result.success
			? []
			: result.error.issues.filter((issue) => !pending.has(issue.path.join('.')));
		// The id, when it can be read, lets other files' checks know this one exists but is wrong.
		const id = (raw as { id?: unknown } | null)?.id;
		return withId(
			typeof id === 'string' ? id : undefined,
			...placeholders,
			...issues.flatMap((issue) => {
				const path = issue.path.map(String);
				// A misspelt field would otherwise be silently ignored: name each unknown key.
				if (issue.code === 'unrecognized_keys') {
					return issue.keys.map((key) => ({
						file,
						field: [...path, key].join('.'),
						line: lineOfPath(doc, [...path, key], lineOf),
						message: 'is not a field this file can have (check its spelling)',
					}));
				}
				return [
					{
						file,
						field: path.length > 0 ? path.join('.') : 'frontmatter',
						line: lineOfPath(doc, path, lineOf),
						message: describeIssue(issue),
					},
				];
			}),
		);
	}
	const bodyStart = fence[0].length;
	return {
		ok: true,
		value: {
			data: result.data,
			body: text.slice(bodyStart),
			bodyLine: text.slice(0, bodyStart).split('\n').length,
			lineOf: (path) => lineOfPath(doc, path.map(String), lineOf),
		},
	};
}

/**
 * The line of the deepest node on `path` that exists in a parsed document (the parent, for a
 * missing field), or `fallback` when none does.
 */
export function lineOfPath(
	doc: ReturnType<typeof parseDocument>,
	path: readonly string[],
	lineOf: (offset: number) => number,
	fallback = 2,
): number {
	for (let depth = path.length; depth >= 1; depth--) {
		const node: unknown = doc.getIn(path.slice(0, depth), true);
		if (isNode(node) && node.range) return lineOf(node.range[0]);
	}
	return fallback;
}

function fail(...problems: ContentProblem[]) {
	return { ok: false as const, problems };
}

function withId(id: string | undefined, ...problems: ContentProblem[]) {
	return { ok: false as const, problems, ...(id === undefined ? {} : { id }) };
}
