import path from 'node:path';
import type { Annotation, Conversation, Edition } from '../model/model.ts';
import { noteDates, uncommittedDates, type NoteDates } from './note-history.ts';
import { noteHtmlFrom } from './note-html.ts';
import { SITE_NAME } from '../core/site.ts';
import { speakerName } from '../model/speakers.ts';
import {
	aboutPath,
	absoluteUrl,
	contributionPath,
	conversationPath,
	speakerPath,
	noteId,
	paragraphId,
	paragraphLocator,
} from '../core/urls.ts';

/** How much context around a quote the W3C selectors carry (Hypothesis uses 32 characters). */
const CONTEXT = 32;

/** The open-data files published beside each conversation. */
export const openDataFiles = (conversationId: string) => ({
	annotations: `${conversationPath(conversationId)}annotations.jsonld`,
	references: `${conversationPath(conversationId)}references.json`,
	thread: `${conversationPath(conversationId)}thread.json`,
});

/**
 * The editors, who write every note: the `creator` of each annotation and of the collection, as
 * an agent with an IRI (the editorial method's page), a type and a name.
 */
export function editorsAgent(site: string) {
	return {
		id: absoluteUrl(aboutPath, site),
		type: 'Organization',
		name: `The editors of ${SITE_NAME}`,
		nickname: 'editors',
	};
}

/**
 * The edition's motivations in the model's terms. `correcting` (a slip in the archived words,
 * or a claim that the record contradicts) is the model's `editing`: a change the target's words
 * call for, which the edition makes in a note rather than in the text. Every client knows the
 * model's thirteen motivations; a private one would need its own vocabulary to be understood.
 */
const MODEL_MOTIVATION: Record<Annotation['motivation'], string> = {
	identifying: 'identifying',
	describing: 'describing',
	commenting: 'commenting',
	correcting: 'editing',
	linking: 'linking',
	questioning: 'questioning',
};

/**
 * The margin notes and editorial links as a W3C Web Annotation `AnnotationCollection` with its
 * one page embedded (a link's body is the post its words refer to): each targets its contribution's canonical page (an HTML page in English) through a
 * `TextQuoteSelector`, whose prefix and suffix are the words around the quote on that page, so any
 * annotation client anchors it exactly (the page's paragraphs hold only the archived words).
 * @see https://www.w3.org/TR/annotation-model/
 */
export function annotationCollection(
	conversation: Conversation,
	site: string,
	history = historyOf(conversation.annotations),
) {
	const url = absoluteUrl(openDataFiles(conversation.id).annotations, site);
	const page = `${url}#page-1`;
	const creator = editorsAgent(site);
	const notes = conversation.annotations.map((note) => {
		const dates = datesOf(history, note.file);
		return {
			id: `${absoluteUrl(conversationPath(conversation.id), site)}#${noteId(note.id)}`,
			type: 'Annotation',
			motivation: MODEL_MOTIVATION[note.motivation],
			creator,
			...(dates ? { created: dates.created, modified: dates.modified } : {}),
			body: {
				type: 'TextualBody',
				// The editors wrote the note's words, when they made the note.
				creator,
				...(dates ? { created: dates.created, modified: dates.modified } : {}),
				value: noteHtmlFrom(note.html, absoluteUrl(conversationPath(conversation.id), site)),
				format: 'text/html',
				language: 'en',
			},
			target: quoteTarget(conversation, note, site),
		};
	});
	// Editorial links: the words stay the target; the body is the post they refer to.
	const linkHistory = historyOf(conversation.links);
	const links = conversation.links.map((link) => {
		const dates = datesOf(linkHistory, link.file);
		const id = `${absoluteUrl(conversationPath(conversation.id), site)}#link-${link.id}`;
		return {
			id,
			type: 'Annotation',
			motivation: 'linking',
			creator,
			...(dates ? { created: dates.created, modified: dates.modified } : {}),
			// The editors' pointer to the post (a specific resource of their making), whose source is the post's page.
			body: {
				id: `${id}-body`,
				type: 'SpecificResource',
				creator,
				...(dates ? { created: dates.created, modified: dates.modified } : {}),
				format: 'text/html',
				language: 'en',
				source: {
					id: absoluteUrl(contributionPath(conversation.id, link.link), site),
					type: 'Text',
					format: 'text/html',
					language: 'en',
				},
				purpose: 'linking',
			},
			target: quoteTarget(conversation, link, site),
		};
	});
	const items = [...notes, ...links];
	const label = `Editors’ notes and links on “${conversation.title}”`;
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: url,
		type: 'AnnotationCollection',
		label,
		creator,
		total: items.length,
		// One page holds every note, so it is both the first and the last.
		first: {
			id: page,
			type: 'AnnotationPage',
			partOf: { id: url, label, total: items.length },
			startIndex: 0,
			items,
		},
		last: page,
	};
}

/**
 * A note's or a link's words as an annotation target: its contribution's page and a
 * TextQuoteSelector, with as much context on each side as annotation clients look at.
 */
function quoteTarget(
	conversation: Conversation,
	placed: {
		contribution: string;
		target: { exact: string };
		anchor: { paragraph: number; start: number; end: number };
	},
	site: string,
) {
	const text = conversation.contributions.find((c) => c.id === placed.contribution)!.paragraphs[
		placed.anchor.paragraph
	]!;
	const { start, end } = placed.anchor;
	return {
		type: 'SpecificResource',
		source: {
			id: absoluteUrl(contributionPath(conversation.id, placed.contribution), site),
			type: 'Text',
			format: 'text/html',
			language: 'en',
		},
		selector: {
			type: 'TextQuoteSelector',
			exact: placed.target.exact,
			prefix: text.slice(Math.max(0, start - CONTEXT), start),
			suffix: text.slice(end, end + CONTEXT),
		},
	};
}

/** When a file was written and last changed; one not yet committed in a folder with history is dated by the file. */
function datesOf(history: Map<string, NoteDates>, file: string): NoteDates | undefined {
	return history.get(path.resolve(file)) ?? (history.size > 0 ? uncommittedDates(file) : undefined);
}

/**
 * When each file of a folder of notes or editorial links was first and last committed, by
 * absolute file path: the folder is the one the first file sits in.
 */
function historyOf(files: readonly { file: string }[]): Map<string, NoteDates> {
	const first = files[0];
	return first ? noteDates(path.dirname(path.resolve(first.file))) : new Map<string, NoteDates>();
}

/** The thread as data: who wrote what, how we know, who answers whom, and every paragraph. */
export function threadData(edition: Edition, conversation: Conversation, site: string) {
	const speakerIds = new Set(conversation.contributions.map((c) => c.speaker.id));
	return {
		id: conversation.id,
		url: absoluteUrl(conversationPath(conversation.id), site),
		title: conversation.title,
		series: conversation.series ?? null,
		question: conversation.question,
		source: conversation.source,
		date: conversation.date,
		speakers: edition.speakers
			.filter((s) => speakerIds.has(s.id))
			.map((s) => ({
				id: s.id,
				name: s.name ?? null,
				display: speakerName(s),
				nameIsPartial: s.nameIsPartial,
				unnamedReason: s.unnamedReason ?? null,
				affiliation: s.affiliation ?? null,
				url: absoluteUrl(speakerPath(s.id), site),
			})),
		contributions: conversation.contributions.map((c) => ({
			id: c.id,
			number: c.number,
			url: absoluteUrl(contributionPath(conversation.id, c.id), site),
			speaker: c.speaker.id,
			attribution: c.attribution,
			boundary: c.boundary,
			replyTo: c.replyTo,
			replies: c.replies,
			paragraphs: c.paragraphs.map((text, index) => ({
				id: paragraphId(c.id, index + 1),
				locator: paragraphLocator(c.number, index + 1),
				text,
			})),
		})),
	};
}
