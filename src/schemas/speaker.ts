import { z } from 'zod';
import { Id, Line } from './common.ts';
import { CitationKey } from './reference.ts';

/**
 * Frontmatter of `content/speakers/*.md`: someone who wrote a contribution.
 * The body is a short biography in Markdown.
 *
 * A speaker either has a `name` the text supports, or an `unnamedReason` that says why the
 * edition prints none. Filling in a name later changes every page; the `id` stays.
 */
export const SpeakerSchema = z
	.strictObject({
		/** Stable id, used in URLs (`/speakers/<id>/`) and in contributions' `speaker` field. */
		id: Id,
		/** The name as the evidence supports it. Leave it out when the text names nobody. */
		name: Line.optional(),
		/** True when `name` is only part of a name (e.g. a first name the text mentions). Default false. */
		nameIsPartial: z.boolean().default(false),
		/** How the name sorts in lists, e.g. "Schell, Orville". Defaults to `name`. */
		sortName: Line.optional(),
		/** Why no name is printed. Required when `name` is left out. */
		unnamedReason: Line.optional(),
		/** Position and institution at the time of the conversation. */
		affiliation: Line.optional(),
		/**
		 * Published sources for the biography: citation keys of `content/references.json`, the same list
		 * the notes cite, so a work has one title wherever it is named.
		 */
		sources: z.array(CitationKey).default([]),
	})
	.superRefine((speaker, ctx) => {
		if (!speaker.name && !speaker.unnamedReason) {
			ctx.addIssue({
				code: 'custom',
				path: ['unnamedReason'],
				message: 'is required when there is no `name`: say why the edition prints no name',
			});
		}
		if (speaker.name && speaker.unnamedReason) {
			ctx.addIssue({
				code: 'custom',
				path: ['unnamedReason'],
				message: 'must be removed once a `name` is given',
			});
		}
	});
export type SpeakerData = z.infer<typeof SpeakerSchema>;
