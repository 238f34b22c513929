/**
 * A value an editor has still to write, left by `npm run new:conversation`:
 * `question: "TODO: the question under debate, …"`. The words after the marker say what belongs
 * there, and the build refuses the file until every placeholder is replaced.
 */
export const PLACEHOLDER = 'TODO:';

/** Every placeholder in parsed frontmatter: its field path and what to write there. */
export function findPlaceholders(
	value: unknown,
	path: (string | number)[] = [],
): { path: (string | number)[]; what: string }[] {
	if (typeof value === 'string')
		return value.trimStart().startsWith(PLACEHOLDER)
			? [{ path, what: value.trimStart().slice(PLACEHOLDER.length).trim() }]
			: [];
	if (Array.isArray(value))
		return value.flatMap((item, index) => findPlaceholders(item, [...path, index]));
	if (value && typeof value === 'object' && !(value instanceof Date))
		return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, [...path, key]));
	return [];
}
