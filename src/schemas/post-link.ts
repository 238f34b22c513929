import { z } from 'zod';
import { Id, QuoteTarget } from './common.ts';

/**
 * Frontmatter of `content/conversations/<conversation>/links/*.md`: an editorial link. Where the
 * archived words refer to another post ("Orville’s post"), a W3C annotation with motivation
 * `linking` makes those words a link to it. The words stay exactly as archived; a link has no
 * number and no body, unlike a margin note.
 */
export const PostLinkSchema = z.strictObject({
	/** Stable id, for the annotation's URL in `annotations.jsonld`. */
	id: Id,
	/** The words that refer to the post. */
	target: QuoteTarget,
	/** Always `linking`: the W3C motivation of an annotation that links its target to a resource. */
	motivation: z.literal('linking', {
		error: 'must be linking: a file in links/ links words to a post',
	}),
	/** The contribution the words refer to, e.g. `c1`. */
	link: Id,
});
export type PostLinkData = z.infer<typeof PostLinkSchema>;
