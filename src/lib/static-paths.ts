import { getEdition } from './edition.ts';

/** Astro's `getStaticPaths` for a route per conversation: `[conversation]`. */
export async function conversationPaths() {
	return (await getEdition()).conversations.map((conversation) => ({
		params: { conversation: conversation.id },
		props: { conversation },
	}));
}

/** Astro's `getStaticPaths` for a route per contribution: `[conversation]/[contribution]`. */
export async function contributionPaths() {
	return (await getEdition()).conversations.flatMap((conversation) =>
		conversation.contributions.map((contribution) => ({
			params: { conversation: conversation.id, contribution: contribution.id },
			props: { conversation, contribution },
		})),
	);
}
