import type { Contribution, Conversation } from '../model/model.ts';
import {
	absoluteUrl,
	contributionInThread,
	contributionPath,
	conversationPath,
} from '../core/urls.ts';

type JsonLd = Record<string, unknown>;

/**
 * schema.org data for a thread: the opening post as a `DiscussionForumPosting`, every later
 * post a `Comment` whose `parentItem` is every post it answers, the main one first. Unnamed writers get no
 * `author` rather than an invented one. The replies' words are not repeated here (the page
 * already holds them, and their own pages carry them in full), which keeps the thread light.
 */
export function threadJsonLd(conversation: Conversation, site: URL | string): JsonLd {
	const [first, ...rest] = conversation.contributions;
	return {
		'@context': 'https://schema.org',
		...postingOf(conversation, first!, site),
		comment: rest.map((c) => {
			const { text, ...comment } = commentOf(conversation, c, site);
			return comment;
		}),
	};
}

/** schema.org data for one contribution's own page. */
export function contributionJsonLd(
	conversation: Conversation,
	contribution: Contribution,
	site: URL | string,
): JsonLd {
	const isOpening = contribution.replyTo.length === 0;
	return {
		'@context': 'https://schema.org',
		...(isOpening
			? postingOf(conversation, contribution, site)
			: commentOf(conversation, contribution, site)),
		// The page of the whole thread, which holds every post (the opening post among them).
		isPartOf: {
			'@type': 'WebPage',
			'@id': absoluteUrl(conversationPath(conversation.id), site),
			url: absoluteUrl(conversationPath(conversation.id), site),
			name: conversation.title,
		},
	};
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`, safe against `</script>`. */
export function serialiseJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

function postingOf(
	conversation: Conversation,
	contribution: Contribution,
	site: URL | string,
): JsonLd {
	return {
		'@type': 'DiscussionForumPosting',
		...common(conversation, contribution, site),
		headline: conversation.title,
		isBasedOn: conversation.source.url,
	};
}

function commentOf(
	conversation: Conversation,
	contribution: Contribution,
	site: URL | string,
): JsonLd {
	// A post may answer two or three others: each is a parent. One parent is given as an object,
	// several as a list, the post it mainly answers first.
	const parents = contribution.replyTo
		.map((id) => conversation.contributions.find((c) => c.id === id))
		.filter((c): c is Contribution => c !== undefined)
		.map((parent) => ({ '@id': itemId(conversation, parent, site) }));
	return {
		'@type': 'Comment',
		...common(conversation, contribution, site),
		...(parents.length > 0 ? { parentItem: parents.length === 1 ? parents[0] : parents } : {}),
	};
}

function common(
	conversation: Conversation,
	contribution: Contribution,
	site: URL | string,
): JsonLd {
	const speaker = contribution.speaker;
	return {
		'@id': itemId(conversation, contribution, site),
		url: absoluteUrl(contributionPath(conversation.id, contribution.id), site),
		position: contribution.number,
		...(speaker.name ? { author: { '@type': 'Person', name: speaker.name } } : {}),
		datePublished: conversation.date.earliest.slice(0, 7),
		text: contribution.paragraphs.join('\n\n'),
		inLanguage: 'en',
	};
}

function itemId(
	conversation: Conversation,
	contribution: Contribution,
	site: URL | string,
): string {
	return absoluteUrl(contributionInThread(conversation.id, contribution.id), site);
}
