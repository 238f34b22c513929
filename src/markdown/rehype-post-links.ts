import type { Element, Root } from 'hast';
import type { Anchor } from '../annotations/anchor.ts';
import { placedTexts, wrapRanges } from './hast-text.ts';
import { isInserted } from './rehype-margin-notes.ts';
import { isElement } from 'hast-util-is-element';
import { h } from 'hastscript';

/** An editorial link ready to place: where its words are, and the post they refer to. */
export interface PlacedPostLink {
	anchor: Anchor;
	href: string;
}

export interface PostLinkOptions {
	links: readonly PlacedPostLink[];
}

/**
 * Makes the words that refer to another post a link to it, leaving the words as they are:
 * `read Orville’s post overnight` becomes `read <a class="post-link" href="/…/c1/">Orville’s
 * post</a> overnight`.
 *
 * Runs after the margin notes, so a link on words a note explains sits inside the note's
 * `<mark>` (each text piece gets its own `<a>`, as each gets its own `<mark>`), and before the
 * people links, which leave links alone: no link is ever nested in another.
 */
export default function rehypePostLinks(options: PostLinkOptions) {
	return (tree: Root) => {
		const paragraphs = tree.children.filter((node): node is Element => isElement(node, 'p'));
		for (const link of options.links) {
			const paragraph = paragraphs[link.anchor.paragraph];
			if (!paragraph)
				throw new Error(
					`Link to ${link.href}: the contribution has no paragraph ${link.anchor.paragraph + 1}`,
				);
			const { start, end } = link.anchor;
			const pieces = placedTexts(paragraph, isInserted).filter(
				(t) => t.offset < end && t.offset + t.node.value.length > start,
			);
			for (const piece of pieces) {
				wrapRanges(piece, [
					{
						start,
						end,
						wrapper: h('a.post-link', { href: link.href }),
					},
				]);
			}
		}
	};
}
