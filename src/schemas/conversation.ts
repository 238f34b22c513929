import { z } from 'zod';
import { FileName, Id, IsoDate, Line, Url } from './common.ts';

/**
 * Frontmatter of `content/conversations/<conversation>/conversation.md`.
 * The body is the editors' introduction in Markdown.
 */
export const ConversationSchema = z
	.strictObject({
		/** Stable id, used in URLs: `/conversations/<id>/`. */
		id: Id,
		/** The title exactly as the archived text gives it on its first line. */
		title: Line,
		/** The series line printed under the title in the archived text, if any. */
		series: Line.optional(),
		/** The question under debate, in the editors' words, for lists and link previews. */
		question: Line,
		/** Where the conversation was first published. */
		source: z.strictObject({
			/** The original page. */
			url: Url,
			/** Who published it. */
			publisher: Line,
			/** The archived text beside this file, kept byte for byte: a file name, no path. Default `source.txt`. */
			file: FileName.default('source.txt'),
		}),
		/** When the conversation took place. */
		date: z.strictObject({
			/** What readers see, e.g. "March 2013". */
			label: Line,
			/** The earliest day the posts can date from (YYYY-MM-DD). */
			earliest: IsoDate,
			/**
			 * The latest day the dated posts can be placed by the events they discuss (YYYY-MM-DD).
			 * A post nothing dates may be later: say so in `basis`.
			 */
			latest: IsoDate,
			/** How the dates are known, in plain words: shown to readers under the title. */
			basis: Line,
		}),
	})
	.superRefine((conversation, ctx) => {
		if (conversation.date.earliest > conversation.date.latest) {
			ctx.addIssue({
				code: 'custom',
				path: ['date', 'latest'],
				message: 'must not be before `date.earliest`',
			});
		}
	});
export type ConversationData = z.infer<typeof ConversationSchema>;
