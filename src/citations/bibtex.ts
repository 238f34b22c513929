/** What a BibTeX entry for a contribution says, taken from its CSL-JSON item. */
export interface BibtexSource {
	key: string;
	/** The label and sort key BibTeX uses when there is no author, e.g. "Contribution 2". */
	sortKey: string;
	authors: { family?: string; given?: string; literal?: string }[];
	title: string;
	series?: string | undefined;
	publisher?: string | undefined;
	year: number;
	month?: number | undefined;
	url: string;
}

/**
 * A contribution as a BibTeX `@misc` entry and as a biblatex `@online` entry, written here rather
 * than by citation-js, whose BibTeX puts fields in `@misc` that BibTeX's styles drop (`publisher`,
 * and so the URL with it) and numbers the month (`month = {3}` prints "3 2013").
 *
 * - BibTeX `@misc` uses only the fields its standard styles read: `author` (or, for a writer the
 *   text does not name, `key`, so the entry still sorts and gets a label), `title`, `howpublished`
 *   (the URL, in `\url{}`), `month` as a macro (`mar`), `year` and `note` (series and publisher).
 * - biblatex `@online` adds what biblatex reads: `date`, `url`, `organization`, `titleaddon`,
 *   `langid`. It has no `urldate`: that is the day a reader consulted the page, which a reference
 *   manager records on import and a static page cannot know.
 *
 * The title is protected with braces so that no style recases it, and TeX's special characters
 * and curly quotes are escaped.
 */
export function contributionBibtex(source: BibtexSource): { bibtex: string; biblatex: string } {
	const { key, sortKey, series, publisher, year, month, url } = source;
	const title = `{${tex(source.title)}}`;
	const authors = source.authors.map(nameOf).join(' and ');
	const bibtex = entry('misc', key, [
		authors ? ['author', braced(authors)] : ['key', braced(tex(sortKey))],
		['title', braced(title)],
		['howpublished', braced(`\\url{${url}}`)],
		month ? ['month', MONTHS[month - 1]!] : undefined,
		['year', braced(String(year))],
		series || publisher
			? ['note', braced(tex([series, publisher].filter(Boolean).join('. ')))]
			: undefined,
	]);
	const biblatex = entry('online', key, [
		authors ? ['author', braced(authors)] : undefined,
		['title', braced(title)],
		series ? ['titleaddon', braced(tex(series))] : undefined,
		publisher ? ['organization', braced(tex(publisher))] : undefined,
		['date', braced(month ? `${year}-${String(month).padStart(2, '0')}` : String(year))],
		['url', braced(url)],
		['langid', braced('english')],
	]);
	return { bibtex, biblatex };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type Field = [name: string, value: string] | undefined;

function entry(type: string, key: string, fields: Field[]): string {
	const lines = fields
		.filter((f): f is [string, string] => f !== undefined)
		.map(([name, value]) => `\t${name} = ${value},`);
	return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

function braced(value: string): string {
	return `{${value}}`;
}

/** A CSL name as BibTeX writes it: "Family, Given"; a name given only as written is braced whole. */
function nameOf(name: BibtexSource['authors'][number]): string {
	if (name.literal) return `{${tex(name.literal)}}`;
	return name.family
		? `${tex(name.family)}, ${tex(name.given ?? '')}`.replace(/, $/, '')
		: `{${tex(name.given ?? '')}}`;
}

/** Plain text for a TeX field: special characters escaped, curly quotes as TeX's. */
export function tex(text: string): string {
	return text
		.replace(/[\\{}&%$#_~^]/g, (c) =>
			c === '\\'
				? '\\textbackslash{}'
				: c === '~'
					? '\\textasciitilde{}'
					: c === '^'
						? '\\textasciicircum{}'
						: `\\${c}`,
		)
		.replace(/“/g, '``')
		.replace(/”/g, "''")
		.replace(/‘/g, '`')
		.replace(/’/g, "'");
}
