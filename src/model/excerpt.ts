/**
 * The first `words` words of a text, ending with an ellipsis when cut, for "in reply to"
 * previews and link descriptions. Cuts on whitespace only, so no word is split.
 */
export function excerpt(text: string, words = 40): string {
	const parts = text.trim().split(/\s+/);
	if (parts.length <= words) return text.trim();
	return `${parts
		.slice(0, words)
		.join(' ')
		.replace(/[,;:.—–-]+$/, '')}…`;
}
