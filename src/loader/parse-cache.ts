import type { z } from 'zod';
import { parseMarkdownFile } from './frontmatter.ts';
/**
 * Parse results remembered by the exact text they were parsed from. In `npm run dev` every save
 * loads the whole edition again, and all but the saved file have the same bytes as before:
 * parsing them again (YAML, Markdown) was most of a reload once citations were remembered too.
 * A build or `check:content` parses each file once: there nothing is kept (keeping thousands of
 * trees only made the collector work), until `rememberParses()` says loads will repeat.
 *
 * The oldest entries go first once there are `limit`, so a long editing session stays bounded.
 */
let remembering = false;

/** Called by the dev server's loader, whose every save loads the edition again. */
export function rememberParses(): void {
	remembering = true;
}

export function parseCache<V>(limit = 10_000): (key: string, parse: () => V) => V {
	const remembered = new Map<string, V>();
	return (key, parse) => {
		if (!remembering) return parse();
		if (remembered.has(key)) return remembered.get(key)!;
		const value = parse();
		if (remembered.size >= limit) remembered.delete(remembered.keys().next().value!);
		remembered.set(key, value);
		return value;
	};
}

// A file's frontmatter parsed against each schema, remembered by the file's name and text.
const parsedFiles = new WeakMap<
	z.ZodType,
	ReturnType<typeof parseCache<ReturnType<typeof parseMarkdownFile>>>
>();
export function parsedFile<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
): ReturnType<typeof parseMarkdownFile<S>> {
	if (!parsedFiles.has(schema)) parsedFiles.set(schema, parseCache());
	return parsedFiles.get(schema)!(`${file}\0${text}`, () =>
		parseMarkdownFile(file, text, schema),
	) as ReturnType<typeof parseMarkdownFile<S>>;
}
