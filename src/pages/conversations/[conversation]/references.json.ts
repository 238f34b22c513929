import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../loader/model.ts';
import { getEdition } from '../../../lib/edition.ts';

export const getStaticPaths = (() =>
	getEdition().conversations.map((conversation) => ({
		params: { conversation: conversation.id },
		props: { conversation },
	}))) satisfies GetStaticPaths;

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
