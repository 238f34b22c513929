import type { Contribution, Conversation } from '../loader/model.ts';
import { absoluteUrl, contributionInThread, contributionPath } from './urls.ts';

type JsonLd = Record<string, unknown>;

/**
 * schema.org data for a thread: the opening post as a `DiscussionForumPosting`, every later
 * post a `Comment` whose `parentItem` is the post it mainly answers. Unnamed writers get no
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
export function contributionJsonLd(conversation: Conversation, contribution: Contribution, site: URL | string): JsonLd {
	const isOpening = contribution.replyTo.length === 0;
	return {
		'@context': 'https://schema.org',
		...(isOpening ? postingOf(conversation, contribution, site) : commentOf(conversation, contribution, site)),
		isPartOf: {
			'@type': 'DiscussionForumPosting',
			'@id': itemId(conversation, conversation.contributions[0]!, site),
			headline: conversation.title,
		},
	};
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`, safe against `</script>`. */
export function serialiseJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

function postingOf(conversation: Conversation, contribution: Contribution, site: URL | string): JsonLd {
	return {
		'@type': 'DiscussionForumPosting',
		...common(conversation, contribution, site),
		headline: conversation.title,
		isBasedOn: conversation.source.url,
	};
}

function commentOf(conversation: Conversation, contribution: Contribution, site: URL | string): JsonLd {
	const parent = conversation.contributions.find((c) => c.id === contribution.replyTo[0]);
	return {
		'@type': 'Comment',
		...common(conversation, contribution, site),
		...(parent ? { parentItem: { '@id': itemId(conversation, parent, site) } } : {}),
	};
}

function common(conversation: Conversation, contribution: Contribution, site: URL | string): JsonLd {
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

function itemId(conversation: Conversation, contribution: Contribution, site: URL | string): string {
	return absoluteUrl(contributionInThread(conversation.id, contribution.id), site);
}
