import type { Contribution, Conversation } from '../model/model.ts';
import { speakerName } from '../model/speakers.ts';
import { contributionInThread, contributionPath } from '../core/urls.ts';

/**
 * Where a link to another contribution points: on the thread page, to its anchor on the same
 * page; on a contribution's own page, to that contribution's page.
 */
export type LinkContext = 'thread' | 'page';

export interface ContributionLink {
	id: string;
	href: string;
	/** "1 · Orville Schell" */
	text: string;
}

export function contributionLink(
	conversation: Conversation,
	id: string,
	context: LinkContext,
): ContributionLink {
	const target = conversation.contributions.find((c) => c.id === id);
	if (!target) throw new Error(`No contribution ${id} in ${conversation.id}`);
	return {
		id,
		href: context === 'thread' ? `#${id}` : contributionPath(conversation.id, id),
		text: `${target.number} · ${speakerName(target.speaker)}`,
	};
}

/** The links a contribution's header ("in reply to") and footer ("answered by") show. */
export function replyLinks(
	conversation: Conversation,
	contribution: Contribution,
	context: LinkContext,
) {
	return {
		replyTo: contribution.replyTo.map((id) => contributionLink(conversation, id, context)),
		replies: contribution.replies.map((id) => contributionLink(conversation, id, context)),
		/** The contribution's own page. */
		pageHref: contributionPath(conversation.id, contribution.id),
		/** The contribution in the whole thread, from its own page; its own page, from the thread. */
		elsewhere:
			context === 'thread'
				? { href: contributionPath(conversation.id, contribution.id), text: 'Open on its own page' }
				: {
						href: contributionInThread(conversation.id, contribution.id),
						text: 'Read it in the whole conversation',
					},
	};
}
