import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isAllowedImage, isAllowedLink } from '../security/safe-url.ts';

/**
 * The last filter before editors' Markdown becomes HTML: a link whose target is not an allowed
 * address loses its `href` (its words stay), an image from elsewhere is dropped, and no element
 * keeps an event-handler attribute. The loader refuses such Markdown with a message first; this
 * keeps a page safe even if something reaches it another way.
 */
export default function rehypeSafeUrls() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			node.properties = Object.fromEntries(
				Object.entries(node.properties).filter(([name]) => !/^on/i.test(name)),
			);
			const href = node.properties['href'];
			if (href !== undefined && !isAllowedLink(String(href))) delete node.properties['href'];
			const src = node.properties['src'];
			if (src !== undefined && !isAllowedImage(String(src)) && parent && index !== undefined) {
				parent.children.splice(index, 1);
				return index;
			}
			return undefined;
		});
	};
}
