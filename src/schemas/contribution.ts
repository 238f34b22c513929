import { z } from 'zod';
import { Id, Line } from './common.ts';

/**
 * How a contribution's writer is known.
 * - `byline`: the archived text prints the name above the post; `quote` is that byline.
 * - `inferred`: words elsewhere in the text identify the writer; `quote` is those words and
 *   `in` the contribution that holds them.
 * - `none`: nothing in the text names the writer; the speaker must then be unnamed.
 */
export const AttributionSchema = z.discriminatedUnion(
	'basis',
	[
		z.strictObject({
			basis: z.literal('byline'),
			/** The byline exactly as printed, e.g. "Orville Schell:". */
			quote: Line,
			/** Why the byline belongs to this post. */
			note: Line,
		}),
		z.strictObject({
			basis: z.literal('inferred'),
			/** Words in the text that identify the writer, quoted exactly. */
			quote: Line,
			/** The contribution those words are in. */
			in: Id,
			/** The reasoning, for readers. */
			note: Line,
		}),
		z.strictObject({
			basis: z.literal('none'),
			/** Why no writer can be named. */
			note: Line,
		}),
	],
	{ error: 'needs `basis`: one of byline, inferred, none' },
);
export type Attribution = z.infer<typeof AttributionSchema>;

/**
 * Frontmatter of `content/conversations/<conversation>/contributions/NN-*.md`.
 * The body is the contribution's paragraphs, verbatim from the archived text.
 */
export const ContributionSchema = z.strictObject({
	/** Stable id, unique within the conversation; becomes `#<id>` and `/conversations/<conversation>/<id>/`. */
	id: Id,
	/** Position in the conversation, counting from 1; shown to readers and used in locators (¶ 6.2). */
	number: z.int({ error: 'must be a whole number' }).positive('must be 1 or more'),
	/** The writer: the `id` of a file in `content/speakers/`. */
	speaker: Id,
	/** How the writer is known. */
	attribution: AttributionSchema,
	/** The contributions this one answers, the main one first. Empty for the opening post. */
	replyTo: z.array(Id).default([]),
	/** The words that show what this post answers, for readers. */
	replyNote: Line.optional(),
	/** How the start of this post is known in the archived text. */
	boundary: Line,
});
export type ContributionData = z.infer<typeof ContributionSchema>;
