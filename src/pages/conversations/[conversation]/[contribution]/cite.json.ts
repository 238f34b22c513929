import type { APIRoute, GetStaticPaths } from 'astro';
import type { Contribution, Conversation } from '../../../../model/model.ts';
import { contributionItem } from '../../../../model/cite-this.ts';
import { contributionPaths } from '../../../../lib/static-paths.ts';

export const getStaticPaths = contributionPaths satisfies GetStaticPaths;

/** One contribution as CSL-JSON, for reference managers. */
export const GET: APIRoute<{ conversation: Conversation; contribution: Contribution }> = ({
	props,
	site,
}) =>
	new Response(
		JSON.stringify([contributionItem(props.conversation, props.contribution, site!.href)], null, 2),
		{
			headers: { 'Content-Type': 'application/json' },
		},
	);
