import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isElement } from 'hast-util-is-element';

/**
 * Takes out of the tab order a link that goes where the keyboard's previous stop in the same
 * paragraph already goes: “Xi … Xi” linked twice to the same person, or two phrases of one
 * reply linked to the post it answers.
 *
 * ```html
 * <p>… <a class="person" href="/people/xi-jinping/">Xi</a> … <a class="person" href="/people/xi-jinping/">Xi</a> …</p>
 * ```
 * gives the second `tabindex="-1"`.
 *
 * Why: a keyboard reader would press Tab twice to reach one page. The second stays a link, so a
 * mouse, a finger and a screen reader's list of links still have it, and its destination is one
 * Tab back. Only links in a row count: a different stop between them (a note's marker, another
 * name) makes the second one a fresh choice again.
 */
export default function rehypeRepeatLinks() {
	return (tree: Root) => {
		for (const node of tree.children) {
			if (!isElement(node, 'p')) continue;
			let previous: string | undefined;
			visit(node, 'element', (element: Element) => {
				const href = element.tagName === 'a' ? element.properties.href : undefined;
				if (typeof href !== 'string' || element.properties.tabIndex === -1) return;
				if (href === previous) element.properties.tabIndex = -1;
				previous = href;
			});
		}
	};
}
