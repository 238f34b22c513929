import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Every element of an HTML fragment, parsed. */
export function elements(html: string): Element[] {
	const found: Element[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (node) => void found.push(node));
	return found;
}
