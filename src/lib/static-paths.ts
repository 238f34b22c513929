import { getEdition } from './edition.ts';

/** Astro's `getStaticPaths` for a route per conversation: `[conversation]`. */
export function conversationPaths() {
	return getEdition().conversations.map((conversation) => ({ params: { conversation: conversation.id }, props: { conversation } }));
}

/** Astro's `getStaticPaths` for a route per contribution: `[conversation]/[contribution]`. */
export function contributionPaths() {
	return getEdition().conversations.flatMap((conversation) =>
		conversation.contributions.map((contribution) => ({
			params: { conversation: conversation.id, contribution: contribution.id },
			props: { conversation, contribution },
		})),
	);
}
