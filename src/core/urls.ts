/**
 * Public paths and anchors, built here so that a URL scheme lives in one place (a few fixed
 * paths are still written out in pages and components). Published links must never break:
 * `tests/build/public-urls.test.ts` compares the built site with a checked-in list.
 */

export const homePath = '/';
export const aboutPath = '/about/';
export const speakersPath = '/speakers/';
export const peoplePath = '/people/';
export const searchPath = '/search/';
/** Where every conversation's pages live. */
export const conversationsPath = '/conversations/';

/** `/conversations/north-korea-sanctions-2013/` */
export function conversationPath(conversationId: string): string {
	return `${conversationsPath}${conversationId}/`;
}

/** `/conversations/north-korea-sanctions-2013/c6/` */
export function contributionPath(conversationId: string, contributionId: string): string {
	return `${conversationPath(conversationId)}${contributionId}/`;
}

/** `/conversations/north-korea-sanctions-2013/c6/card.png`: the contribution's link-preview image. */
export function contributionCardPath(conversationId: string, contributionId: string): string {
	return `${contributionPath(conversationId, contributionId)}card.png`;
}

/** `/conversations/north-korea-sanctions-2013/#c6`: the contribution in the whole thread. */
export function contributionInThread(conversationId: string, contributionId: string): string {
	return `${conversationPath(conversationId)}#${contributionId}`;
}

/** `/speakers/john-delury/` */
export function speakerPath(speakerId: string): string {
	return `${speakersPath}${speakerId}/`;
}

/** `/people/cui-tiankai/` */
export function personPath(personId: string): string {
	return `${peoplePath}${personId}/`;
}

/** `https://site/conversations/…/` from a path and the configured site. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/** `c6-p2`: the id of paragraph 2 (counted from 1) of contribution `c6`, its anchor on every page. */
export function paragraphId(contributionId: string, paragraph: number): string {
	return `${contributionId}-p${paragraph}`;
}

/** `6.2`: how readers cite paragraph 2 of contribution 6 (shown as ¶ 6.2). */
export function paragraphLocator(contributionNumber: number, paragraph: number): string {
	return `${contributionNumber}.${paragraph}`;
}

/** `note-<id>`: a margin note's id, and so its anchor (`#note-<id>`). */
export function noteId(id: string): string {
	return `note-${id}`;
}

/** `note-ref-<id>`: the id of the marker in the text that a note links back to. */
export function noteMarkerId(id: string): string {
	return `note-ref-${id}`;
}

/** `ref-<key>`: a reference-list entry's id, which citations link to (`#ref-<key>`). */
export function referenceId(key: string): string {
	return `ref-${key}`;
}

/**
 * Ids that readers may link to and cite, and that must therefore never change:
 * contributions (`c6`), paragraphs (`c6-p2`), margin notes (`note-…`), timeline events
 * (`timeline-…`) and the afterword.
 */
export function isPublicAnchor(id: string): boolean {
	return (
		/^c\d+(?:-p\d+)?$/.test(id) ||
		id.startsWith('note-') ||
		id === 'timeline' ||
		id.startsWith('timeline-') ||
		id === 'afterword'
	);
}
