import type { Element, Root } from 'hast';
import { paragraphId } from '../core/urls.ts';
import { isElement } from 'hast-util-is-element';

export interface ParagraphIdOptions {
	/** The contribution id that scopes the paragraph ids, e.g. `c6`. */
	prefix: string;
}

/**
 * Gives each top-level paragraph of a contribution a stable, scoped id.
 *
 * ```md
 * First paragraph.
 *
 * Second paragraph.
 * ```
 * becomes, with `{ prefix: 'c6' }`,
 * ```html
 * <p id="c6-p1">First paragraph.</p>
 * <p id="c6-p2">Second paragraph.</p>
 * ```
 *
 * Why: paragraph ids are public citation anchors (`#c6-p2`, ¶ 6.2). They are scoped by the
 * contribution so the same sentence quoted in two posts never yields duplicate ids, and they
 * count from 1 in each tree so nothing leaks between documents. An authored id is never
 * overwritten (as in rehype-slug); it still takes its place in the count.
 */
export default function rehypeParagraphIds(options: ParagraphIdOptions) {
	return (tree: Root) => {
		let count = 0;
		for (const node of tree.children) {
			if (!isParagraph(node)) continue;
			count += 1;
			node.properties.id ??= paragraphId(options.prefix, count);
		}
	};
}

function isParagraph(node: Root['children'][number]): node is Element {
	return isElement(node, 'p');
}
