import { z } from 'zod';
import { Id, Line, PartialDate } from './common.ts';

/**
 * Where the archived text mentions or reacts to an event: a contribution (`c6`) or one of its
 * paragraphs (`c6-p2`, the paragraph's own anchor).
 */
export const PassageId = z
	.string({ error: 'must be a contribution id such as "c6" or a paragraph id such as "c6-p2"' })
	.regex(
		/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
		'must be a contribution id such as "c6" or a paragraph id such as "c6-p2"',
	);

/** One dated event of the story around a conversation. */
export const TimelineEventSchema = z.strictObject({
	/** Stable id; the event's anchor is `#timeline-<id>`. Never changes once published. */
	id: Id,
	/** When it happened, as precisely as the sources say: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: PartialDate,
	/** The last day, for an event of several days (a summit, a session). */
	until: PartialDate.optional(),
	/**
	 * What happened, in the editors' words: one short paragraph of Markdown citing its sources
	 * as `[@key]`, with keys from the conversation's `references.json`.
	 */
	event: Line,
	/** The contributions or paragraphs that mention or react to it, in reading order. */
	posts: z.array(PassageId).default([]),
	/** Margin notes that explain it: ids of files in the conversation's `annotations/`. */
	notes: z.array(Id).default([]),
});
export type TimelineEventData = z.infer<typeof TimelineEventSchema>;

/**
 * `content/conversations/<conversation>/timeline.yaml`: the dated events the posts refer to and
 * react to, and what followed, oldest first. Optional: a conversation may have none.
 */
export const TimelineSchema = z.strictObject({
	/** The events in date order. */
	events: z.array(TimelineEventSchema).min(1, 'must list at least one event (or delete the file)'),
});
export type TimelineData = z.infer<typeof TimelineSchema>;

/**
 * Frontmatter of `content/conversations/<conversation>/afterword.md`: the editors' account of
 * what happened after the conversation. The body is Markdown paragraphs citing their sources as
 * `[@key]`. Optional: a conversation may have none.
 */
export const AfterwordSchema = z.strictObject({
	/** The heading readers see. */
	title: Line.default('What happened next'),
});
export type AfterwordData = z.infer<typeof AfterwordSchema>;
