import type { SourceLink } from '../schemas/common.ts';
import type { Attribution } from '../schemas/contribution.ts';
import type { ConversationData } from '../schemas/conversation.ts';

/** The checked, rendered content that pages lay out. Built by `loadEdition`. */
export interface Edition {
	conversations: Conversation[];
	/** Sorted by sort name; unnamed contributors last. */
	speakers: Speaker[];
}

export interface Speaker {
	id: string;
	/** The name the evidence supports; absent when the text names nobody. */
	name?: string;
	/** True when `name` is only part of a name. */
	nameIsPartial: boolean;
	sortName: string;
	/** Why no name is printed (only when `name` is absent). */
	unnamedReason?: string;
	affiliation?: string;
	sources: SourceLink[];
	bioHtml: string;
	file: string;
}

export interface Conversation extends ConversationData {
	introHtml: string;
	contributions: Contribution[];
	/** The archived text, byte for byte. */
	sourceText: string;
	file: string;
}

export interface Contribution {
	id: string;
	number: number;
	speaker: Speaker;
	attribution: Attribution;
	/** Ids of the contributions this one answers, main one first. */
	replyTo: string[];
	/** Ids of the contributions that answer this one, in order. */
	replies: string[];
	replyNote?: string;
	boundary: string;
	/** The paragraphs as plain text, exactly as in the archive. */
	paragraphs: string[];
	/** The body as HTML, with paragraph ids and permalinks. */
	html: string;
	file: string;
}
