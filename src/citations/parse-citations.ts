import type { CiteKey } from './engine.ts';

/** A run of text, or a Pandoc-style citation group such as `[@a, p. 3; @b]`. */
export type CitationSegment = { text: string } | { keys: CiteKey[]; source: string };

const GROUP = /\[(@[^\]\n]+)\]/g;
const ITEM = /^@([a-z][a-z0-9_-]*)\s*(?:,\s*(.+))?$/;

/** Locator prefixes an editor may write, and the CSL labels they stand for. */
const LABELS: [RegExp, NonNullable<CiteKey['label']>][] = [
	[/^pp?\.\s*/, 'page'],
	[/^(?:para\.|paras\.|¶)\s*/, 'paragraph'],
	[/^(?:sec\.|§)\s*/, 'section'],
	[/^ch\.\s*/, 'chapter'],
];

/**
 * Splits text at Pandoc-style citations: `[@key]`, `[@key, p. 3]`, `[@a; @b, para. 2]`.
 * Square brackets that do not start with `@` are left as text.
 *
 * @throws Error naming the group when an item in it is not `@key` with an optional locator.
 */
export function parseCitations(text: string): CitationSegment[] {
	const segments: CitationSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(GROUP)) {
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		segments.push({
			keys: match[1]!.split(';').map((item) => parseItem(item.trim(), match[0])),
			source: match[0],
		});
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}

function parseItem(item: string, group: string): CiteKey {
	const match = ITEM.exec(item);
	if (!match) throw new Error(`${group} is not a citation: write [@key] or [@key, p. 3]`);
	const [, id, locatorText] = match;
	if (!locatorText) return { id: id! };
	for (const [prefix, label] of LABELS) {
		if (prefix.test(locatorText))
			return { id: id!, locator: locatorText.replace(prefix, ''), label };
	}
	throw new Error(
		`${group}: the locator "${locatorText}" needs a label such as "p.", "para." or "sec."`,
	);
}
