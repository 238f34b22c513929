import type { Edition, Speaker } from '../model/model.ts';
import { excerpt } from '../model/excerpt.ts';
import { contributionPath } from '../core/urls.ts';

export interface SpeakerContribution {
	href: string;
	/** "Contribution 6 in “Are Proposed Sanctions…”" */
	label: string;
	excerpt: string;
}

/** A speaker's contributions across every conversation, in order, for the speaker's page. */
export function contributionsBy(edition: Edition, speaker: Speaker): SpeakerContribution[] {
	return edition.conversations.flatMap((conversation) =>
		conversation.contributions
			.filter((c) => c.speaker.id === speaker.id)
			.map((c) => ({
				href: contributionPath(conversation.id, c.id),
				label: `Contribution ${c.number} in “${conversation.title}”`,
				excerpt: excerpt(c.paragraphs[0] ?? '', 30),
			})),
	);
}
