import type { ElementContent } from 'hast';
import { formatInText, type CiteKey, type CslItem } from './engine.ts';

/**
 * A citation group as hast: the text citeproc formats for the whole group ("(BBC News 2013, 3;
 * US Embassy London 2013)"), with each work's part linked to its entry in the references.
 * Where citeproc merges parts ("Xinhua 2013a, b"), the parts are given one by one instead, each
 * still formatted by citeproc, so that every work keeps its own link.
 */
export function citationLinks(items: readonly CslItem[], keys: readonly CiteKey[], hrefFor: (id: string) => string): ElementContent[] {
	const text = formatInText(items, keys);
	const parts = keys.map((key) => ({ key, text: formatInText(items, [key]).replace(/^\((.*)\)$/, '$1') }));
	const link = (id: string, value: string): ElementContent => ({
		type: 'element',
		tagName: 'a',
		properties: { href: hrefFor(id) },
		children: [{ type: 'text', value }],
	});

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
}

/** "(A 2013; B 2013a; B 2013b)": each part linked, in citeproc's wording, between the style's parentheses. */
function separately(parts: { key: CiteKey; text: string }[], link: (id: string, value: string) => ElementContent): ElementContent[] {
	const nodes: ElementContent[] = [{ type: 'text', value: '(' }];
	parts.forEach((part, index) => {
		if (index > 0) nodes.push({ type: 'text', value: '; ' });
		nodes.push(link(part.key.id, part.text));
	});
	nodes.push({ type: 'text', value: ')' });
	return nodes;
}
