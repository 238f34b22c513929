/**
 * What the people pages show: on a person's page, where the conversations mention them and the
 * margin notes about them; on the names index, everyone A–Z by sort name.
 */

import type { Annotation, Edition, Person } from '../model/model.ts';
import { noteHtmlFrom } from './note-html.ts';
import { wholeWords } from '../core/whole-words.ts';
import { conversationPath, noteId, paragraphId, paragraphLocator } from '../core/urls.ts';

export interface MentionOccurrence {
	conversationTitle: string;
	/** The paragraph on the thread page, e.g. `/conversations/x/#c6-p1`. */
	href: string;
	/** The locator readers cite, e.g. `6.1`. */
	locator: string;
	/** The words that name the person, with a few words either side. */
	before: string;
	words: string;
	after: string;
}

/** Words of context either side of a mention. */
const CONTEXT_WORDS = 8;

/**
 * Every place the conversations mention a person, by any of the person's mention strings, in
 * reading order. Where two strings match at one place ("Cui Tiankai" and "Cui"), the longer
 * counts once.
 */
export function mentionsOf(edition: Edition, person: Person): MentionOccurrence[] {
	// One pattern a mention string, longest first, so a nested shorter match can be set aside.
	const patterns = [...person.mentions]
		.sort((a, b) => b.length - a.length)
		.map((text) => wholeWords([text]));
	return edition.conversations.flatMap((conversation) =>
		conversation.contributions.flatMap((contribution) =>
			contribution.paragraphs.flatMap((text, index) => {
				const taken: [number, number][] = [];
				const found: (MentionOccurrence & { start: number })[] = [];
				for (const pattern of patterns) {
					for (const match of text.matchAll(pattern)) {
						const start = match.index;
						const end = start + match[0].length;
						if (taken.some(([s, e]) => s < end && start < e)) continue;
						taken.push([start, end]);
						found.push({
							start,
							conversationTitle: conversation.title,
							href: `${conversationPath(conversation.id)}#${paragraphId(contribution.id, index + 1)}`,
							locator: paragraphLocator(contribution.number, index + 1),
							before: lastWords(text.slice(0, start)),
							words: match[0],
							after: firstWords(text.slice(end)),
						});
					}
				}
				// By position: the words before a mention may be shortened with "…", so they cannot be searched for.
				return found.sort((a, b) => a.start - b.start).map(({ start, ...mention }) => mention);
			}),
		),
	);
}

/** The margin notes about a person, with links to them on their thread. */
export function notesAbout(edition: Edition, person: Person): (Annotation & { href: string })[] {
	return edition.conversations.flatMap((conversation) =>
		conversation.annotations
			.filter((note) => note.people.includes(person.id))
			.map((note) => ({
				...note,
				html: noteHtmlFrom(note.html, conversationPath(conversation.id)),
				href: `${conversationPath(conversation.id)}#${noteId(note.id)}`,
			})),
	);
}

/** The A–Z index: people grouped under the first letter of their sort name. */
export function alphabetical(people: readonly Person[]): { letter: string; people: Person[] }[] {
	const groups = new Map<string, Person[]>();
	for (const person of [...people].sort((a, b) => a.sortName.localeCompare(b.sortName, 'en'))) {
		const letter = person.sortName.normalize('NFD').charAt(0).toUpperCase();
		groups.set(letter, [...(groups.get(letter) ?? []), person]);
	}
	return [...groups].map(([letter, members]) => ({ letter, people: members }));
}

function lastWords(text: string): string {
	const words = text.split(/(?<=\s)/);
	return (words.length > CONTEXT_WORDS ? '…' : '') + words.slice(-CONTEXT_WORDS).join('');
}

function firstWords(text: string): string {
	const words = text.split(/(?=\s)/);
	return words.slice(0, CONTEXT_WORDS).join('') + (words.length > CONTEXT_WORDS ? '…' : '');
}
