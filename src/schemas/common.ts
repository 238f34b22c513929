import { z } from 'zod';
import { normaliseHttpUrl } from '../security/safe-url.ts';

/**
 * A stable identifier written by an editor: lower-case words joined by hyphens.
 * Ids become URLs and anchors, so they are never derived from a position or a name.
 */
export const Id = z
	.string({ error: 'must be an id such as "c6" or "john-delury"' })
	.regex(
		/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
		'must be lower-case letters, digits and hyphens, starting with a letter',
	)
	// An id becomes a folder name and an address; file systems refuse names over 255 bytes.
	.max(64, 'must be at most 64 characters: it becomes a file name and a web address');

/** A one-line text that must not be empty. */
export const Line = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/**
 * Words in one contribution, as a W3C TextQuoteSelector: what a margin note explains or an
 * editorial link makes a link. `exact` (with `prefix` and `suffix` when needed) must match
 * exactly one place in that contribution.
 */
export const QuoteTarget = z.strictObject({
	/** The contribution's id, e.g. `c6`. */
	contribution: Id,
	/** The quoted words, exactly as in the contribution (curly quotes and all), within one paragraph. */
	exact: Line,
	/** Text immediately before `exact`, to tell apart repeated phrases. */
	prefix: z.string().min(1).optional(),
	/** Text immediately after `exact`, to tell apart repeated phrases. */
	suffix: z.string().min(1).optional(),
});

/**
 * A well-formed absolute http(s) URL, stored normalised. Quotes, spaces and `< >` are refused
 * rather than escaped: a URL that holds them is a mistake, or an attempt to break out of an `href`.
 */
export const Url = z
	.string({ error: 'must be an absolute http(s) URL' })
	.transform((value, ctx) => {
		const url = normaliseHttpUrl(value);
		if (url === undefined) {
			ctx.addIssue({
				code: 'custom',
				input: value,
				message:
					'must be a well-formed absolute http(s) URL such as "https://example.org/page" (no spaces, quotes or < >)',
			});
			return z.NEVER;
		}
		return url;
	});

/** A plain file name beside the file that names it: no folder, no `..`, so nothing outside can be read. */
export const FileName = z
	.string({ error: 'must be a file name' })
	.regex(
		/^[A-Za-z0-9][A-Za-z0-9._-]*$/,
		'must be a plain file name in the conversation\'s folder, such as "source.txt" (no folders, no "..")',
	);

/** A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date). */
export const IsoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string({ error: 'must be a date written YYYY-MM-DD' })
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

/** A year, a year and month, or a full date (YYYY, YYYY-MM or YYYY-MM-DD). */
export const PartialDate = z.preprocess(
	(value) =>
		value instanceof Date
			? value.toISOString().slice(0, 10)
			: typeof value === 'number'
				? String(value)
				: value,
	z
		.string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
		.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);
