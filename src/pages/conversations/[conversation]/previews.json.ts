import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../model/model.ts';
import { getEdition } from '../../../lib/edition.ts';
import { previewData } from '../../../lib/previews.ts';
import { conversationPaths } from '../../../lib/static-paths.ts';

export const getStaticPaths = conversationPaths satisfies GetStaticPaths;

/** What link previews show of posts and people not on the page; fetched on the first preview. */
export const GET: APIRoute<{ conversation: Conversation }> = async ({ props }) =>
	new Response(JSON.stringify(previewData(await getEdition(), props.conversation)), {
		headers: { 'Content-Type': 'application/json' },
	});
