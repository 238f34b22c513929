import type { APIRoute, GetStaticPaths } from 'astro';
import type { Contribution, Conversation } from '../../../../loader/model.ts';
import { contributionItem } from '../../../../lib/cite-this.ts';
import { getEdition } from '../../../../lib/edition.ts';

export const getStaticPaths = (() =>
	getEdition().conversations.flatMap((conversation) =>
		conversation.contributions.map((contribution) => ({
			params: { conversation: conversation.id, contribution: contribution.id },
			props: { conversation, contribution },
		})),
	)) satisfies GetStaticPaths;

/** One contribution as CSL-JSON, for reference managers. */
export const GET: APIRoute<{ conversation: Conversation; contribution: Contribution }> = ({ props, site }) =>
	new Response(JSON.stringify([contributionItem(props.conversation, props.contribution, site!.href)], null, 2), {
		headers: { 'Content-Type': 'application/json' },
	});
