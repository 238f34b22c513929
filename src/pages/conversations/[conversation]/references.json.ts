import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../model/model.ts';
import { conversationPaths } from '../../../lib/static-paths.ts';

export const getStaticPaths = conversationPaths satisfies GetStaticPaths;

/** The works the notes cite, as CSL-JSON. */
export const GET: APIRoute<{ conversation: Conversation }> = ({ props }) =>
	new Response(
		JSON.stringify(
			props.conversation.references.map((entry) => entry.item),
			null,
			2,
		),
		{ headers: { 'Content-Type': 'application/json' } },
	);
