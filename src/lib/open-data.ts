import type { Conversation, Edition } from '../loader/model.ts';
import { noteHtmlFrom } from './note-html.ts';
import { speakerName } from './speakers.ts';
import { absoluteUrl, contributionPath, conversationPath, speakerPath } from './urls.ts';

/** How much context around a quote the W3C selectors carry (Hypothesis uses 32 characters). */
const CONTEXT = 32;

/** The open-data files published beside each conversation. */
export const openDataFiles = (conversationId: string) => ({
	annotations: `${conversationPath(conversationId)}annotations.jsonld`,
	references: `${conversationPath(conversationId)}references.json`,
	thread: `${conversationPath(conversationId)}thread.json`,
});

/**
 * The margin notes and editorial links as a W3C Web Annotation `AnnotationCollection`: each
 * targets its contribution's canonical URL with a `TextQuoteSelector`, so any annotation tool can
 * anchor it; a link's body is the post its words refer to.
 * @see https://www.w3.org/TR/annotation-model/
 */
export function annotationCollection(conversation: Conversation, site: string) {
	const url = absoluteUrl(openDataFiles(conversation.id).annotations, site);
	const notes = conversation.annotations.map((note) => {
		const contribution = conversation.contributions.find((c) => c.id === note.contribution)!;
		const text = contribution.paragraphs[note.anchor.paragraph]!;
		return {
			id: `${absoluteUrl(conversationPath(conversation.id), site)}#note-${note.id}`,
			type: 'Annotation',
			motivation: note.motivation,
			body: {
				type: 'TextualBody',
				value: noteHtmlFrom(note.html, absoluteUrl(conversationPath(conversation.id), site)),
				format: 'text/html',
				language: 'en',
			},
			target: {
				source: absoluteUrl(contributionPath(conversation.id, note.contribution), site),
				selector: {
					type: 'TextQuoteSelector',
					exact: note.target.exact,
					prefix: text.slice(Math.max(0, note.anchor.start - CONTEXT), note.anchor.start),
					suffix: text.slice(note.anchor.end, note.anchor.end + CONTEXT),
				},
			},
		};
	});
	// Editorial links: the words stay the target; the body is the post they refer to.
	const links = conversation.links.map((link) => {
		const text = conversation.contributions.find((c) => c.id === link.contribution)!.paragraphs[link.anchor.paragraph]!;
		return {
			id: `${absoluteUrl(conversationPath(conversation.id), site)}#link-${link.id}`,
			type: 'Annotation',
			motivation: 'linking',
			body: { type: 'SpecificResource', source: absoluteUrl(contributionPath(conversation.id, link.link), site), purpose: 'linking' },
			target: {
				source: absoluteUrl(contributionPath(conversation.id, link.contribution), site),
				selector: {
					type: 'TextQuoteSelector',
					exact: link.target.exact,
					prefix: text.slice(Math.max(0, link.anchor.start - CONTEXT), link.anchor.start),
					suffix: text.slice(link.anchor.end, link.anchor.end + CONTEXT),
				},
			},
		};
	});
	const items = [...notes, ...links];
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: url,
		type: 'AnnotationCollection',
		label: `Editors’ notes and links on “${conversation.title}”`,
		total: items.length,
		first: { id: `${url}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
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
			paragraphs: c.paragraphs.map((text, index) => ({ id: `${c.id}-p${index + 1}`, locator: `${c.number}.${index + 1}`, text })),
		})),
	};
}
