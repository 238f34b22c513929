/** What a margin note points at: a W3C TextQuoteSelector within one contribution. */
export interface QuoteSelector {
	exact: string;
	prefix?: string | undefined;
	suffix?: string | undefined;
}

/** Where a quote sits: which paragraph (from 0), and the character range of `exact` in it. */
export interface Anchor {
	paragraph: number;
	start: number;
	end: number;
}

export type AnchorResult =
	{ ok: true; anchor: Anchor } | { ok: false; reason: 'missing' | 'ambiguous'; count: number };

/**
 * Finds the one place a quote occurs in a contribution's paragraphs, exactly, within a single
 * paragraph. Two or more places is an error, never a guess: debaters quote each other, and a
 * note silently re-anchored on the wrong words misleads (the Hypothesis fuzzy-anchoring bug).
 */
export function locateQuote(paragraphs: readonly string[], selector: QuoteSelector): AnchorResult {
	const prefix = selector.prefix ?? '';
	const suffix = selector.suffix ?? '';
	const needle = prefix + selector.exact + suffix;
	const found: Anchor[] = [];
	paragraphs.forEach((text, paragraph) => {
		for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
			const start = at + prefix.length;
			found.push({ paragraph, start, end: start + selector.exact.length });
		}
	});
	if (found.length === 1) return { ok: true, anchor: found[0]! };
	return { ok: false, reason: found.length === 0 ? 'missing' : 'ambiguous', count: found.length };
}
