import type { Conversation } from '../model/model.ts';
import { openDataFiles } from './open-data.ts';
import { passageLabel, timelineAnchor } from './timeline.ts';
import { absoluteUrl, conversationPath, noteId } from '../core/urls.ts';

/** Where a conversation's timeline and afterword are published as data. */
export const timelineDataPath = (conversationId: string) =>
	`${conversationPath(conversationId)}timeline.json`;

/**
 * The timeline and afterword as data: every event with its date (ISO 8601, as precise as the
 * sources allow), its text, the keys of the references it cites (in references.json beside it)
 * and the passages and notes that mention it, each as a URL on the thread.
 */
export function timelineData(conversation: Conversation, site: string) {
	const thread = absoluteUrl(conversationPath(conversation.id), site);
	const { timeline, afterword } = conversation.story;
	return {
		id: absoluteUrl(timelineDataPath(conversation.id), site),
		conversation: thread,
		title: `Timeline of “${conversation.title}”`,
		creator: 'The editors of this edition',
		references: absoluteUrl(openDataFiles(conversation.id).references, site),
		events: timeline.map((event) => ({
			id: event.id,
			url: `${thread}#${timelineAnchor(event.id)}`,
			date: event.date,
			until: event.until ?? null,
			text: event.text,
			html: event.html,
			cites: event.cites,
			mentionedIn: event.posts.map((passage) => ({
				id: passage.id,
				label: passageLabel(passage),
				url: `${thread}#${passage.id}`,
			})),
			notes: event.notes.map((note) => ({
				id: note.id,
				number: note.number,
				url: `${thread}#${noteId(note.id)}`,
			})),
		})),
		afterword: afterword
			? {
					title: afterword.title,
					url: `${thread}#afterword`,
					creator: 'The editors of this edition',
					html: afterword.html,
					cites: afterword.cites,
				}
			: null,
	};
}
