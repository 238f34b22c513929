import { z } from 'zod';
import { Id, QuoteTarget } from './common.ts';

/**
 * The W3C Web Annotation motivations a margin note may have.
 * @see https://www.w3.org/TR/annotation-model/#motivation-and-purpose
 */
export const Motivation = z.enum(
	['identifying', 'describing', 'commenting', 'correcting', 'linking', 'questioning'],
	{
		error: 'must be one of identifying, describing, commenting, correcting, linking, questioning',
	},
);
export type Motivation = z.infer<typeof Motivation>;

/**
 * Frontmatter of `content/conversations/<conversation>/annotations/*.md`: one margin note.
 * The body is the note: one paragraph of Markdown, citing its sources as `[@key]` or
 * `[@key, p. 3]` with keys from the conversation's `references.json` or the shared
 * `content/references.json`. It sits at the first words in the thread it explains, and states
 * facts and sources, not verdicts.
 */
export const AnnotationSchema = z.strictObject({
	/** Stable id; the note's anchor is `#note-<id>`. */
	id: Id,
	/** The words the note explains. */
	target: QuoteTarget,
	/** Why the note is there: identifying a person, describing an event, correcting a slip … */
	motivation: Motivation,
	/** People the note is about: ids of files in `content/people/`. */
	people: z.array(Id).default([]),
	/**
	 * Contributions whose pages held the note before it moved to the first words it explains.
	 * Their pages keep its anchors (`#note-<id>`, `#note-ref-<id>`), pointing to where it is now,
	 * so a published link never breaks.
	 */
	movedFrom: z.array(Id).default([]),
});
export type AnnotationData = z.infer<typeof AnnotationSchema>;
