import { z } from 'zod';
import { Url } from './common.ts';

/** CSL item types the edition's references use. */
const CslType = z.enum(
	[
		'article',
		'article-journal',
		'article-magazine',
		'article-newspaper',
		'book',
		'chapter',
		'document',
		'legislation',
		'post',
		'post-weblog',
		'report',
		'speech',
		'webpage',
		'treaty',
		'interview',
	],
	{
		error: 'must be a CSL type such as article-newspaper, webpage, report, document or legislation',
	},
);

const CslName = z.union(
	[
		z.strictObject({ literal: z.string().min(1) }),
		z.looseObject({ family: z.string().min(1), given: z.string().optional() }),
	],
	{
		error: 'must be a name: { family, given } for a person, or { literal } for an organisation',
	},
);

const CslDate = z.looseObject(
	{
		'date-parts': z
			.array(
				z
					.array(z.int({ error: 'must be whole numbers' }))
					.min(1)
					.max(3),
				{ error: 'must hold [[year, month, day]]' },
			)
			.min(1, 'must hold [[year, month, day]]'),
	},
	{ error: 'must be a CSL date such as { "date-parts": [[2013, 3, 7]] }' },
);

/** A citation key: how notes (`[@key]`) and people's and speakers' `sources` name a reference. */
export const CitationKey = z
	.string({ error: 'must be a citation key such as "xinhua2013"' })
	.regex(/^[a-z][a-z0-9_-]*$/, 'must be a citation key: lower-case letters, digits, - and _')
	.max(64, 'must be at most 64 characters');

/**
 * One entry of a references file, a CSL-JSON array. There are two kinds of file:
 * - `content/references.json`, shared by the whole edition: the sources of people's and
 *   speakers' pages (which belong to no one conversation), and any source notes also cite;
 * - `content/conversations/<conversation>/references.json`: the sources only that
 *   conversation's notes cite.
 * A key is defined once, in one file, and a URL has one title everywhere (the build refuses a
 * URL given two titles), so every page that cites a work names it the same way.
 * Only the fields the edition relies on are checked; any other CSL field passes through to the
 * citation formatter unchanged.
 * @see https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 */
export const ReferenceSchema = z.looseObject({
	/** The citation key, used in notes as `[@key]`. */
	id: CitationKey,
	/** The CSL item type. */
	type: CslType,
	/** The work's title: its real headline, as published (a translation goes in brackets after it). */
	title: z.string({ error: 'must be text' }).min(1, 'must not be empty'),
	/** Authors; organisations as `{ "literal": "BBC News" }`. */
	author: z.array(CslName).optional(),
	/** The newspaper, site or journal it appeared in. */
	'container-title': z.string().min(1).optional(),
	/** When it was published. */
	issued: CslDate.optional(),
	/** Where to read it. */
	URL: Url.optional(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const ReferencesSchema = z.array(ReferenceSchema, {
	error: 'must be a JSON array of CSL items',
});
