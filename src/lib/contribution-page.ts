import type { Contribution, Conversation, Person, ReferenceEntry } from '../model/model.ts';
import { peopleMentioned } from './people-mentioned.ts';
import { excerpt } from '../model/excerpt.ts';
import { contributionLink, type ContributionLink } from './links.ts';
import { neighbours } from './reply-graph.ts';
import { speakerName } from '../model/speakers.ts';
import { contributionCardPath } from '../core/urls.ts';
import { cardAlt, cardText } from '../cards/card-text.ts';

export interface QuotedLink extends ContributionLink {
	/** The opening words of the linked contribution. */
	excerpt: string;
}

/** What a contribution's own page shows around the contribution itself. */
export interface ContributionPageModel {
	title: string;
	description: string;
	replyingTo: QuotedLink[];
	answeredBy: QuotedLink[];
	previous?: ContributionLink;
	next?: ContributionLink;
	/** The works cited by this contribution's notes. */
	references: ReferenceEntry[];
	/** The people the contribution mentions, with all their names. */
	peopleMentioned: Person[];
	/** The link-preview card drawn for this contribution, and what it shows, for those who cannot see it. */
	card: { path: string; alt: string };
	/** Pagefind metadata and filters, one `key:value` each (Pagefind reads one per attribute). */
	search: { title: string; context: string; speaker: string; conversation?: string };
}

export function contributionPageModel(
	conversation: Conversation,
	contribution: Contribution,
	people: readonly Person[] = [],
	/** How many conversations the edition holds: with one, a conversation filter filters nothing. */
	conversations = 1,
): ContributionPageModel {
	const quoted = (id: string): QuotedLink => {
		const target = conversation.contributions.find((c) => c.id === id);
		return {
			...contributionLink(conversation, id, 'page'),
			excerpt: excerpt(target?.paragraphs[0] ?? ''),
		};
	};
	const { previous, next } = neighbours(conversation.contributions, contribution.id);
	return {
		title: `${contribution.number}. ${speakerName(contribution.speaker)}: ${conversation.title}`,
		description: excerpt(contribution.paragraphs[0] ?? '', 30),
		replyingTo: contribution.replyTo.map(quoted),
		answeredBy: contribution.replies.map(quoted),
		...(previous ? { previous: contributionLink(conversation, previous.id, 'page') } : {}),
		...(next ? { next: contributionLink(conversation, next.id, 'page') } : {}),
		references: conversation.references.filter((entry) =>
			conversation.annotations.some(
				(note) => note.contribution === contribution.id && note.cites.includes(entry.id),
			),
		),
		peopleMentioned: peopleMentioned(contribution, people),
		card: {
			path: contributionCardPath(conversation.id, contribution.id),
			alt: cardAlt(cardText(conversation, contribution)),
		},
		search: {
			title: `title:${contribution.number} · ${speakerName(contribution.speaker)}`,
			context: `context:${conversation.title} · ${conversation.date.label}`,
			speaker: `speaker:${speakerName(contribution.speaker)}`,
			...(conversations > 1 ? { conversation: `conversation:${conversation.title}` } : {}),
		},
	};
}
