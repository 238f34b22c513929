import type { ElementContent } from 'hast';
import { formatInText, type CiteKey, type CslItem } from './engine.ts';

/**
 * A citation group as hast: the text citeproc formats for the whole group ("(BBC News 2013, 3;
 * US Embassy London 2013)"), with each work's part linked to its entry in the references.
 * Where a part cannot be found in the group's text (a style that merges them), the whole
 * citation links to the first work.
 */
export function citationLinks(items: readonly CslItem[], keys: readonly CiteKey[], hrefFor: (id: string) => string): ElementContent[] {
	const text = formatInText(items, keys);
	const parts = keys.map((key) => ({ key, text: formatInText(items, [key]).replace(/^\((.*)\)$/, '$1') }));
	const link = (id: string, value: string): ElementContent => ({ type: 'element', tagName: 'a', properties: { href: hrefFor(id) }, children: [{ type: 'text', value }] });

	const nodes: ElementContent[] = [];
	let at = 0;
	for (const part of parts) {
		const found = text.indexOf(part.text, at);
		if (found === -1) return [link(keys[0]!.id, text)];
		if (found > at) nodes.push({ type: 'text', value: text.slice(at, found) });
		nodes.push(link(part.key.id, part.text));
		at = found + part.text.length;
	}
	if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
	return nodes;
}
