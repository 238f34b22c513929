import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../model/model.ts';
import { conversationPaths } from '../../../lib/static-paths.ts';
import { timelineData } from '../../../lib/timeline-data.ts';

export const getStaticPaths = conversationPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ conversation: Conversation }> = ({ props, site }) =>
	new Response(JSON.stringify(timelineData(props.conversation, site!.href), null, 2), {
		headers: { 'Content-Type': 'application/json' },
	});
