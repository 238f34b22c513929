import type { Conversation, Edition } from '../model/model.ts';
import { excerpt } from '../model/excerpt.ts';
import { taggedNames, type TaggedName } from '../core/languages.ts';
import { speakerName } from '../model/speakers.ts';
import { contributionPath, conversationPath, personPath } from '../core/urls.ts';

/** How many words of a post its preview shows: about three lines. */
export const PREVIEW_WORDS = 30;

/** A post as its preview shows it. */
export interface PostPreview {
	/** "Contribution 3" */
	title: string;
	/** The writer as the edition names them ("Unnamed contributor" where the text names nobody). */
	by: string;
	/** The post's first words. */
	text: string;
}

/** A person as their preview shows them: the name, the one-line role and the other names. */
export interface PersonPreview {
	name: string;
	role: string;
	names: TaggedName[];
}

/**
 * What the previews of a conversation's pages need to know about pages not on screen, keyed by
 * path as links name them, published as a small JSON file beside the conversation and fetched
 * on the first preview. References are not in it: every page that cites them lists them.
 */
export interface PreviewData {
	posts: Record<string, PostPreview>;
	people: Record<string, PersonPreview>;
}

/** Where a conversation's preview data is published. */
export const previewDataPath = (conversationId: string) =>
	`${conversationPath(conversationId)}previews.json`;

/** The preview data of a conversation: its posts, and the people its posts mention. */
export function previewData(edition: Edition, conversation: Conversation): PreviewData {
	const posts = Object.fromEntries(
		conversation.contributions.map((c) => [
			contributionPath(conversation.id, c.id),
			{
				title: `Contribution ${c.number}`,
				by: speakerName(c.speaker),
				text: excerpt(c.paragraphs[0] ?? '', PREVIEW_WORDS),
			},
		]),
	);
	const html = conversation.contributions.map((c) => c.html).join('');
	const people = Object.fromEntries(
		edition.people
			.filter((person) => html.includes(`href="${personPath(person.id)}"`))
			.map((person) => [
				personPath(person.id),
				{ name: person.name, role: person.role, names: taggedNames(person).slice(1) },
			]),
	);
	return { posts, people };
}
