/**
 * A pattern matching any of some words or phrases where they stand as whole words: not inside
 * another word ("Xi" never in "Xinyu"), and longest first where two overlap ("Mao Zedong’s
 * grandson" before "Mao Zedong"). The one rule by which mentions are linked in the text, listed
 * on a person's page and listed under a contribution, so that the three always agree.
 */
export function wholeWords(words: readonly string[], flags = 'gu'): RegExp {
	// RegExp.escape (Node 24) escapes for the `u` flag too; this runs only at build time.
	const alternatives = [...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => RegExp.escape(word));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}
