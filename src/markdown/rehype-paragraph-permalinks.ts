import type { Root } from 'hast';
import { paragraphLocator } from '../core/urls.ts';
import { isElement } from 'hast-util-is-element';
import { h } from 'hastscript';

export interface ParagraphPermalinkOptions {
	/** The contribution's number, for the locator readers cite (`6.2`). */
	number: number;
}

/**
 * Puts a permalink with the paragraph's locator at the start of every paragraph that has an id.
 *
 * ```html
 * <p id="c6-p2">Text</p>
 * ```
 * becomes, with `{ number: 6 }`,
 * ```html
 * <p id="c6-p2" data-pagefind-title="¶ 6.2"><a class="para-link" href="#c6-p2"
 *   aria-label="Paragraph 6.2, permalink" data-pagefind-ignore>6.2</a> Text</p>
 * ```
 *
 * Why: readers cite paragraphs by locator (¶ 6.2), so the locator is the link text. It is a real
 * link, first in the paragraph, so the keyboard reaches it and it works without JavaScript; CSS
 * shows it in the margin on hover and focus. Search ignores the link, so results quote only the
 * text, and takes the locator as the paragraph's title (`data-pagefind-title="¶ 6.2"`), so a
 * result can point at the paragraph that matched.
 * Run after `rehype-paragraph-ids`.
 */
export default function rehypeParagraphPermalinks(options: ParagraphPermalinkOptions) {
	return (tree: Root) => {
		let count = 0;
		for (const node of tree.children) {
			if (!isElement(node, 'p')) continue;
			count += 1;
			const id = node.properties.id;
			if (typeof id !== 'string') continue;
			const locator = paragraphLocator(options.number, count);
			node.properties.dataPagefindTitle = `¶ ${locator}`;
			const link = h(
				'a.para-link',
				{ href: `#${id}`, ariaLabel: `Paragraph ${locator}, permalink`, dataPagefindIgnore: '' },
				locator,
			);
			node.children.unshift(link, { type: 'text', value: ' ' });
		}
	};
}
