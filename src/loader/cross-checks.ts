import type { ContentProblem } from './content-error.ts';
import { sourceDrift } from './archive-checks.ts';
import { duplicateIds } from './duplicate-ids.ts';
import { notePeopleAndSources, noteTargets } from './note-checks.ts';
import { personNames, personSpeakers } from './person-checks.ts';
import { checkPostLinks } from './post-links.ts';
import type { ContentDrafts } from './drafts.ts';
import { referenceChecks } from './reference-checks.ts';
import { storyChecks } from './story-checks.ts';
import { attributionEvidence, numbering, replyLinks, speakerLinks } from './thread-checks.ts';
import { unusedSpeakers } from './unused-speakers.ts';

/**
 * Checks that span files: every rule here is one an editor can break without any single file
 * being wrong on its own. Each family of rules has its own file; each returns problems that name
 * the file, the field and the line.
 */
export function crossCheck(drafts: ContentDrafts): ContentProblem[] {
	const speakers = new Map(drafts.speakers.map((speaker) => [speaker.data.id, speaker]));
	const people = new Set(drafts.people.map((person) => person.data.id));
	return [
		...duplicateIds(drafts.speakers, 'speaker'),
		...duplicateIds(drafts.people, 'person'),
		...duplicateIds(drafts.conversations, 'conversation'),
		...personNames(drafts.people),
		...personSpeakers(drafts.people, speakers, drafts.unreadable.speakers, drafts.folder),
		// Only when every conversation was read: a speaker of one that was not would look unused.
		...(drafts.complete ? unusedSpeakers(drafts.speakers, drafts.conversations) : []),
		...referenceChecks(drafts),
		...drafts.conversations.flatMap((conversation) => [
			...duplicateIds(conversation.contributions, 'contribution'),
			...duplicateIds(conversation.annotations, 'note'),
			...numbering(conversation),
			...speakerLinks(conversation, speakers, drafts.unreadable.speakers, drafts.folder),
			...replyLinks(conversation),
			...attributionEvidence(conversation),
			...sourceDrift(conversation),
			...noteTargets(conversation),
			...notePeopleAndSources(conversation, people, drafts.unreadable.people, drafts),
			...storyChecks(conversation, drafts),
			// Links point into posts: with a post unread, a link to it would be blamed for its absence.
			...(conversation.incomplete ? [] : checkPostLinks(conversation)),
		]),
	];
}
