import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../loader/model.ts';
import { getEdition } from '../../../lib/edition.ts';
import { annotationCollection } from '../../../lib/open-data.ts';

export const getStaticPaths = (() =>
	getEdition().conversations.map((conversation) => ({
		params: { conversation: conversation.id },
		props: { conversation },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ conversation: Conversation }> = ({ props, site }) =>
	new Response(JSON.stringify(annotationCollection(props.conversation, site!.href), null, 2), {
		headers: { 'Content-Type': 'application/ld+json' },
	});
