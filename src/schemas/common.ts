import { z } from 'zod';

/**
 * A stable identifier written by an editor: lower-case words joined by hyphens.
 * Ids become URLs and anchors, so they are never derived from a position or a name.
 */
export const Id = z
	.string({ error: 'must be an id such as "c6" or "john-delury"' })
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and hyphens, starting with a letter');

/** A one-line text that must not be empty. */
export const Line = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/** An absolute http(s) URL. */
export const Url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** A calendar date written as YYYY-MM-DD (YAML may hand it over as a Date). */
export const IsoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z.string({ error: 'must be a date written YYYY-MM-DD' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
);

/** A year, a year and month, or a full date (YYYY, YYYY-MM or YYYY-MM-DD). */
export const PartialDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
	z
		.string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
		.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);
