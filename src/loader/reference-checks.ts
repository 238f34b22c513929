import type { ContentProblem } from './content-error.ts';
import type { ContentDrafts, ConversationDraft, Draft, ReferencesDraft } from './drafts.ts';

/**
 * The rules that keep one list of sources: a key is defined once (in the shared
 * `content/references.json` or in one conversation's file, never both), people and speakers
 * cite keys of the shared file, and a URL carries one title everywhere, so that no page can
 * name a work differently from the notes that cite it.
 */
export function referenceChecks(drafts: ContentDrafts): ContentProblem[] {
	const shared = drafts.references;
	return [
		...(shared ? duplicateKeys(shared) : []),
		...drafts.conversations.flatMap((conversation) =>
			conversation.references ? duplicateKeys(conversation.references, shared) : [],
		),
		...sourceKeys(drafts, [...drafts.people, ...drafts.speakers]),
		...oneTitlePerUrl([
			shared,
			...drafts.conversations.map((conversation) => conversation.references),
		]),
		...[shared, ...drafts.conversations.map((conversation) => conversation.references)].flatMap(
			describedTitles,
		),
	];
}

/** The keys a conversation's notes may cite: its own references and the shared ones. */
export function citableKeys(
	conversation: ConversationDraft,
	drafts: Pick<ContentDrafts, 'references'>,
): Set<string> {
	return new Set(
		[...(conversation.references?.items ?? []), ...(drafts.references?.items ?? [])].map(
			(item) => item.id,
		),
	);
}

function duplicateKeys(references: ReferencesDraft, shared?: ReferencesDraft): ContentProblem[] {
	const seen = new Set<string>();
	const sharedKeys = new Set(shared?.items.map((item) => item.id));
	return references.items.flatMap((item, index) => {
		const where = {
			file: references.file,
			field: `[${index}].id`,
			line: references.lineOf([index, 'id']),
		};
		if (sharedKeys.has(item.id)) {
			return [
				{
					...where,
					message: `${JSON.stringify(item.id)} is already a key in ${shared!.file}; cite that entry instead of defining it again`,
				},
			];
		}
		if (seen.has(item.id))
			return [
				{ ...where, message: `${JSON.stringify(item.id)} is already the key of another reference` },
			];
		seen.add(item.id);
		return [];
	});
}

/** People's and speakers' `sources` name keys of the shared references file. */
function sourceKeys(
	drafts: ContentDrafts,
	pages: readonly Draft<{ sources: string[] }>[],
): ContentProblem[] {
	if (drafts.referencesUnreadable) return [];
	const keys = new Set(drafts.references?.items.map((item) => item.id));
	return pages.flatMap((page) =>
		page.data.sources.flatMap((key, index) =>
			keys.has(key)
				? []
				: [
						{
							file: page.file,
							field: `sources.${index}`,
							line: page.lineOf(['sources', index]),
							message: drafts.references
								? `is ${JSON.stringify(key)}, which is not a key in ${drafts.references.file}`
								: `is ${JSON.stringify(key)}, but there is no content/references.json to hold it`,
						},
					],
		),
	);
}

/**
 * A URL has one title, whichever file gives it. URLs are compared as a reader would: the same
 * address over http or https, with or without "www.", a trailing dot or a trailing slash.
 */
function oneTitlePerUrl(files: readonly (ReferencesDraft | undefined)[]): ContentProblem[] {
	const first = new Map<string, { title: string; url: string; file: string; line: number }>();
	const problems: ContentProblem[] = [];
	for (const references of files) {
		if (!references) continue;
		references.items.forEach((item, index) => {
			if (!item.URL) return;
			const key = sameAddress(item.URL);
			const line = references.lineOf([index, 'title']);
			const earlier = first.get(key);
			if (!earlier)
				first.set(key, { title: item.title, url: item.URL, file: references.file, line });
			else if (earlier.title !== item.title) {
				problems.push({
					file: references.file,
					field: `[${index}].title`,
					line,
					message: `is ${JSON.stringify(item.title)}, but ${earlier.file}:${earlier.line} gives ${earlier.url} the title ${JSON.stringify(earlier.title)}; a URL has one title, its real headline`,
				});
			}
		});
	}
	return problems;
}

/**
 * A title is the work's headline as published. A description in square brackets stands in for a
 * headline nobody checked, and a reader citing the work would copy it as if it were the title;
 * a bracketed translation after a real headline is fine.
 */
function describedTitles(references: ReferencesDraft | undefined): ContentProblem[] {
	if (!references) return [];
	return references.items.flatMap((item, index) =>
		item.title.trimStart().startsWith('[')
			? [
					{
						file: references.file,
						field: `[${index}].title`,
						line: references.lineOf([index, 'title']),
						message: `is ${JSON.stringify(item.title)}, a description in brackets; give the work's real headline as published (a translation may follow it in brackets)`,
					},
				]
			: [],
	);
}

function sameAddress(url: string): string {
	const parsed = new URL(url);
	const host = parsed.hostname.replace(/\.$/, '').replace(/^www\./, '');
	return `${host}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname.replace(/\/$/, '')}${parsed.search}`;
}
