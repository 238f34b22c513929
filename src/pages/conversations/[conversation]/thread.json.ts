import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../model/model.ts';
import { getEdition } from '../../../lib/edition.ts';
import { threadData } from '../../../lib/open-data.ts';
import { conversationPaths } from '../../../lib/static-paths.ts';

export const getStaticPaths = conversationPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ conversation: Conversation }> = async ({ props, site }) =>
	new Response(
		JSON.stringify(threadData(await getEdition(), props.conversation, site!.href), null, 2),
		{
			headers: { 'Content-Type': 'application/json' },
		},
	);
