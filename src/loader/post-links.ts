import { locateQuote, type Anchor } from '../annotations/anchor.ts';
import type { PostLinkData } from '../schemas/post-link.ts';
import type { PostLink } from '../model/model.ts';
import type { ContentProblem } from './content-error.ts';
import type { ConversationDraft, Draft } from './drafts.ts';

/**
 * The rules for a conversation's editorial links (`links/*.md`): a unique id, no body, words
 * that occur exactly once in their contribution and are claimed by no other link, and a link to
 * another contribution of the same conversation. A link may share words with a margin note: the
 * note explains the words, the link says where they point.
 */
export function checkPostLinks(conversation: ConversationDraft): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = new Map<string, string>();
	const claimed: (Anchor & { contribution: string; file: string })[] = [];
	const known = conversation.contributions.map((c) => c.data.id);
	for (const draft of conversation.links) {
		const at = (field: string, path: (string | number)[], message: string) =>
			problems.push({ file: draft.file, field, line: draft.lineOf(path), message });
		const { id, target, link } = draft.data;
		const first = ids.get(id);
		if (first)
			at(
				'id',
				['id'],
				`${JSON.stringify(id)} is already the id of the link in ${first}; ids must be unique`,
			);
		else ids.set(id, draft.file);
		if (draft.body.trim() !== '') {
			problems.push({
				file: draft.file,
				field: 'body',
				line: draft.bodyLine,
				message:
					'must be empty: a link adds no words; write a margin note in annotations/ to explain',
			});
		}
		if (!known.includes(link))
			at(
				'link',
				['link'],
				`is ${JSON.stringify(link)}, but this conversation has no contribution with that id (known: ${known.join(', ')})`,
			);
		else if (link === target.contribution)
			at(
				'link',
				['link'],
				`is ${JSON.stringify(link)}, the contribution the words are in; a link points to another post`,
			);
		const contribution = conversation.contributions.find((c) => c.data.id === target.contribution);
		if (!contribution) {
			at(
				'target.contribution',
				['target', 'contribution'],
				`is ${JSON.stringify(target.contribution)}, but this conversation has no contribution with that id`,
			);
			continue;
		}
		if (conversation.incomplete) continue;
		const result = locateQuote(
			contribution.paragraphs.map((p) => p.text),
			target,
		);
		const quoted = JSON.stringify((target.prefix ?? '') + target.exact + (target.suffix ?? ''));
		if (!result.ok) {
			at(
				'target.exact',
				['target', 'exact'],
				result.reason === 'missing'
					? `${quoted} does not occur in contribution ${target.contribution} (${contribution.file}); quote it exactly, within one paragraph`
					: `${quoted} occurs ${result.count} times in contribution ${target.contribution}; add a prefix or suffix so it matches one place only`,
			);
			continue;
		}
		const { paragraph, start, end } = result.anchor;
		const overlap = claimed.find(
			(c) =>
				c.contribution === target.contribution &&
				c.paragraph === paragraph &&
				c.start < end &&
				start < c.end,
		);
		if (overlap)
			at(
				'target.exact',
				['target', 'exact'],
				`overlaps the words the link in ${overlap.file} makes a link; links may not share words`,
			);
		claimed.push({ contribution: target.contribution, paragraph, start, end, file: draft.file });
	}
	return problems;
}

/** Anchors a checked conversation's links, in file order. */
export function placePostLinks(conversation: ConversationDraft): PostLink[] {
	return conversation.links.map((draft: Draft<PostLinkData>) => {
		const { contribution: id, ...target } = draft.data.target;
		const contribution = conversation.contributions.find((c) => c.data.id === id)!;
		const result = locateQuote(
			contribution.paragraphs.map((p) => p.text),
			target,
		);
		if (!result.ok) throw new Error(`${draft.file}: quote not found after checks passed`);
		return {
			id: draft.data.id,
			contribution: id,
			target,
			anchor: result.anchor,
			link: draft.data.link,
			file: draft.file,
		};
	});
}
