import type { ElementContent } from 'hast';
import { formatCitations, type CiteKey, type CslItem } from './engine.ts';
import { h } from 'hastscript';

/** Formats citation groups in one batch and hands each back as linked hast. */
export interface CitationLinker {
	(keys: readonly CiteKey[]): ElementContent[];
}

/**
 * Prepares every citation group of a conversation's notes in one citeproc run, then gives each
 * group as hast: the text citeproc formats for the whole group ("(BBC News 2013, 3; US Embassy
 * London 2013)"), with each work's part linked to its entry in the references. Where citeproc
 * merges parts ("Xinhua 2013a, b"), the parts are given one by one instead, each still in
 * citeproc's words, so that every work keeps its own link.
 */
export function citationLinker(
	items: readonly CslItem[],
	groups: readonly (readonly CiteKey[])[],
	hrefFor: (id: string) => string,
): CitationLinker {
	const keyOf = (keys: readonly CiteKey[]) => JSON.stringify(keys);
	const clusters = [
		...new Map(
			groups.flatMap((group) => [group, ...group.map((key) => [key])]).map((c) => [keyOf(c), c]),
		).values(),
	];
	const texts = new Map(
		formatCitations(items, clusters).map((text, index) => [keyOf(clusters[index]!), text]),
	);
	const textOf = (keys: readonly CiteKey[]) =>
		texts.get(keyOf(keys)) ?? formatCitations(items, [keys])[0]!;

	return (keys) => {
		const text = textOf(keys);
		const parts = keys.map((key) => ({ key, text: textOf([key]).replace(/^\((.*)\)$/, '$1') }));
		const link = (id: string, value: string): ElementContent =>
			h('a', { href: hrefFor(id) }, value);
		const nodes: ElementContent[] = [];
		let at = 0;
		for (const part of parts) {
			const found = text.indexOf(part.text, at);
			if (found === -1) return separately(parts, link);
			if (found > at) nodes.push({ type: 'text', value: text.slice(at, found) });
			nodes.push(link(part.key.id, part.text));
			at = found + part.text.length;
		}
		if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
		return nodes;
	};
}

/** "(A 2013; B 2013a; B 2013b)": each part linked, in citeproc's wording, between the style's parentheses. */
function separately(
	parts: { key: CiteKey; text: string }[],
	link: (id: string, value: string) => ElementContent,
): ElementContent[] {
	const nodes: ElementContent[] = [{ type: 'text', value: '(' }];
	parts.forEach((part, index) => {
		if (index > 0) nodes.push({ type: 'text', value: '; ' });
		nodes.push(link(part.key.id, part.text));
	});
	nodes.push({ type: 'text', value: ')' });
	return nodes;
}
