import type { APIRoute, GetStaticPaths } from 'astro';
import type { Conversation } from '../../../model/model.ts';
import { annotationCollection } from '../../../lib/open-data.ts';
import { conversationPaths } from '../../../lib/static-paths.ts';
import { ANNOTATION_MEDIA_TYPE } from '../../../security/headers.ts';

export const getStaticPaths = conversationPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ conversation: Conversation }> = ({ props, site }) =>
	new Response(JSON.stringify(annotationCollection(props.conversation, site!.href), null, 2), {
		headers: { 'Content-Type': ANNOTATION_MEDIA_TYPE },
	});
