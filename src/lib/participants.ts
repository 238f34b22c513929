import type { Conversation, Speaker } from '../model/model.ts';
import { speakerName, speakerQualifier } from '../model/speakers.ts';

export interface Participant {
	/** Set for a named speaker, who has a page worth linking. */
	speaker?: Speaker;
	label: string;
}

/**
 * Who took part, for lists: named speakers in order of first appearance, then the unnamed
 * counted together ("three unnamed contributors"), since nothing says whether they are one
 * person or several.
 */
export function participants(conversation: Conversation): Participant[] {
	const named: Participant[] = [];
	let unnamedPosts = 0;
	for (const { speaker } of conversation.contributions) {
		if (!speaker.name) {
			unnamedPosts += 1;
		} else if (!named.some((p) => p.speaker?.id === speaker.id)) {
			const qualifier = speakerQualifier(speaker);
			named.push({
				speaker,
				label: qualifier ? `${speakerName(speaker)} (${qualifier})` : speakerName(speaker),
			});
		}
	}
	if (unnamedPosts > 0) {
		named.push({
			label:
				unnamedPosts === 1
					? 'one unnamed contributor'
					: `the unnamed writers of ${unnamedPosts} posts`,
		});
	}
	return named;
}
