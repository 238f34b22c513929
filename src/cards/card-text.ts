import type { Contribution, Conversation } from '../model/model.ts';
import { excerpt } from '../model/excerpt.ts';
import { SITE_NAME } from '../core/site.ts';
import { speakerName, speakerQualifier } from '../model/speakers.ts';

/** What a contribution's link-preview card says, worked out apart from how it is drawn. */
export interface CardText {
	site: string;
	/** The conversation's title, exactly as archived. */
	title: string;
	/** "Contribution 6 of 7". */
	position: string;
	/** The writer as the evidence allows: a name, a first name, or "Unnamed contributor"; never a guess. */
	writer: string;
	/** Why the name is short or missing ("first name only", "no byline in the archived text"). */
	qualifier?: string;
	/** The post's opening words. */
	opening: string;
}

/** How many of the post's opening words fit the card at its type size. */
const OPENING_WORDS = 34;

export function cardText(conversation: Conversation, contribution: Contribution): CardText {
	const qualifier = speakerQualifier(contribution.speaker);
	return {
		site: SITE_NAME,
		title: conversation.title,
		position: `Contribution ${contribution.number} of ${conversation.contributions.length}`,
		writer: speakerName(contribution.speaker),
		...(qualifier ? { qualifier } : {}),
		opening: excerpt(contribution.paragraphs[0] ?? '', OPENING_WORDS),
	};
}

/** The card's words as one line, for `og:image:alt`. */
export function cardAlt(card: CardText): string {
	const writer = card.qualifier ? `${card.writer} (${card.qualifier})` : card.writer;
	return `${card.title} — ${card.position}, ${writer}: “${card.opening}”`;
}
