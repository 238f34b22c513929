import { locateQuote } from '../annotations/anchor.ts';
import type { ContentProblem } from './content-error.ts';
import { problem } from './problem.ts';
import type { ContentDrafts, ConversationDraft } from './drafts.ts';
import { citableKeys } from './reference-checks.ts';

/**
 * Each note's quote occurs exactly once in its contribution, and no two notes claim
 * overlapping words. No fuzzy matching: an ambiguous or missing quote stops the build.
 */
export function noteTargets(conversation: ConversationDraft): ContentProblem[] {
	if (conversation.incomplete) return [];
	const claimed: {
		contribution: string;
		paragraph: number;
		start: number;
		end: number;
		file: string;
	}[] = [];
	return conversation.annotations.flatMap((note): ContentProblem[] => {
		const target = note.data.target;
		const contribution = conversation.contributions.find((c) => c.data.id === target.contribution);
		if (!contribution) {
			return [
				problem(
					note,
					['target', 'contribution'],
					`is ${JSON.stringify(target.contribution)}, but this conversation has no contribution with that id`,
				),
			];
		}
		// A page that held the note keeps its anchors, so it must be another post of this conversation.
		const moved = note.data.movedFrom.flatMap((id, index): ContentProblem[] =>
			id !== target.contribution && conversation.contributions.some((c) => c.data.id === id)
				? []
				: [
						problem(
							note,
							['movedFrom', index],
							`is ${JSON.stringify(id)}, but ${id === target.contribution ? 'that is where the note is now' : 'this conversation has no contribution with that id'}`,
						),
					],
		);
		if (moved.length > 0) return moved;
		const where = (message: string) => problem(note, ['target', 'exact'], message);
		const result = locateQuote(
			contribution.paragraphs.map((p) => p.text),
			target,
		);
		const quoted = JSON.stringify((target.prefix ?? '') + target.exact + (target.suffix ?? ''));
		if (!result.ok && result.reason === 'missing') {
			return [
				where(
					`${quoted} does not occur in contribution ${target.contribution} (${contribution.file}); quote it exactly, within one paragraph`,
				),
			];
		}
		if (!result.ok) {
			return [
				where(
					`${quoted} occurs ${result.count} times in contribution ${target.contribution}; add a prefix or suffix so it matches one place only`,
				),
			];
		}
		const { paragraph, start, end } = result.anchor;
		const overlap = claimed.find(
			(c) =>
				c.contribution === target.contribution &&
				c.paragraph === paragraph &&
				c.start < end &&
				start < c.end,
		);
		claimed.push({ contribution: target.contribution, paragraph, start, end, file: note.file });
		return overlap
			? [
					where(
						`overlaps the words the note in ${overlap.file} explains; notes may not share words`,
					),
				]
			: [];
	});
}

/** Notes name known people and cite keys of the conversation's references.json or the shared one. */
export function notePeopleAndSources(
	conversation: ConversationDraft,
	people: ReadonlySet<string>,
	unreadable: ReadonlySet<string>,
	drafts: ContentDrafts,
): ContentProblem[] {
	const keys = citableKeys(conversation, drafts);
	// A references.json that failed to read has been reported already; its keys cannot be checked.
	const checkKeys =
		(conversation.references !== undefined || !conversation.incomplete) &&
		!drafts.referencesUnreadable;
	return conversation.annotations.flatMap((note) => [
		...note.data.people.flatMap((id, index) =>
			people.has(id) || unreadable.has(id)
				? []
				: [
						problem(
							note,
							['people', index],
							`is ${JSON.stringify(id)}, but there is no such person in ${drafts.folder}/people/`,
						),
					],
		),
		...note.keys.flatMap((key) =>
			keys.has(key) || !checkKeys
				? []
				: [
						{
							file: note.file,
							field: 'body',
							line:
								note.bodyLine +
								note.body.slice(0, Math.max(0, note.body.indexOf(`@${key}`))).split('\n').length -
								1,
							message: conversation.references
								? `cites [@${key}], which is not a key in ${[conversation.references.file, drafts.references?.file].filter(Boolean).join(' or ')}`
								: `cites [@${key}], which is in no references.json`,
						},
					],
		),
	]);
}
