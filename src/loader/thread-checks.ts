import path from 'node:path';
import type { SpeakerData } from '../schemas/speaker.ts';
import type { ContentProblem } from './content-error.ts';
import { problem } from './problem.ts';
import type { ConversationDraft, Draft } from './drafts.ts';

/** Numbers run 1, 2, 3 … in file order, and a file's `NN-` prefix matches its number. */
export function numbering(conversation: ConversationDraft): ContentProblem[] {
	// With a contribution unread, every later one would seem misnumbered.
	if (conversation.incomplete) return [];
	return conversation.contributions.flatMap((draft, index) => {
		const expected = index + 1;
		const prefix = /^(\d+)-/.exec(path.basename(draft.file))?.[1];
		const problems: ContentProblem[] = [];
		if (draft.data.number !== expected) {
			problems.push(
				problem(
					draft,
					['number'],
					`is ${draft.data.number}, but this is contribution ${expected} in file order; numbers run 1, 2, 3 … with no gaps or repeats`,
				),
			);
		} else if (prefix === undefined || Number(prefix) !== expected) {
			problems.push(
				problem(
					draft,
					['number'],
					`is ${expected}, so the file name must start with "${String(expected).padStart(2, '0')}-"`,
				),
			);
		}
		return problems;
	});
}

/** Each contribution names a speaker that exists, and its attribution fits whether that speaker is named. */
export function speakerLinks(
	conversation: ConversationDraft,
	speakers: Map<string, Draft<SpeakerData>>,
	unreadable: ReadonlySet<string>,
	folder: string,
): ContentProblem[] {
	const known = [...speakers.keys()].sort().join(', ');
	return conversation.contributions.flatMap((draft) => {
		if (unreadable.has(draft.data.speaker)) return [];
		const speaker = speakers.get(draft.data.speaker);
		const where = (message: string) => problem(draft, ['speaker'], message);
		if (!speaker) {
			return [
				where(
					`is ${JSON.stringify(draft.data.speaker)}, but there is no such speaker in ${folder}/speakers/ (known: ${known})`,
				),
			];
		}
		const named = speaker.data.name !== undefined;
		const basis = draft.data.attribution.basis;
		if (basis === 'none' && named) {
			return [
				problem(
					draft,
					['attribution', 'basis'],
					`is "none", but speaker ${JSON.stringify(speaker.data.id)} has a name; a name needs evidence (basis byline or inferred)`,
				),
			];
		}
		if (basis !== 'none' && !named) {
			return [
				problem(
					draft,
					['attribution', 'basis'],
					`is "${basis}", but speaker ${JSON.stringify(speaker.data.id)} has no name to attribute`,
				),
			];
		}
		return [];
	});
}

/** Replies point at contributions that exist and come earlier. */
export function replyLinks(conversation: ConversationDraft): ContentProblem[] {
	const numbers = new Map(
		conversation.contributions.map((draft) => [draft.data.id, draft.data.number]),
	);
	return conversation.contributions.flatMap((draft) =>
		draft.data.replyTo.flatMap((target, index) => {
			const where = (message: string) => problem(draft, ['replyTo', index], message);
			const number = numbers.get(target);
			if (number === undefined) {
				// The contribution answered may be the one that could not be read.
				if (conversation.incomplete) return [];
				return [
					where(
						`is ${JSON.stringify(target)}, but this conversation has no contribution with that id`,
					),
				];
			}
			if (number >= draft.data.number) {
				return [
					where(
						`is ${JSON.stringify(target)} (contribution ${number}); a contribution can only answer one that comes before it`,
					),
				];
			}
			if (draft.data.replyTo.indexOf(target) !== index) {
				return [where(`repeats ${JSON.stringify(target)}`)];
			}
			return [];
		}),
	);
}

/** An inferred attribution quotes words that really are in the contribution it names. */
export function attributionEvidence(conversation: ConversationDraft): ContentProblem[] {
	const texts = new Map(
		conversation.contributions.map((draft) => [
			draft.data.id,
			draft.paragraphs.map((p) => p.text).join('\n'),
		]),
	);
	return conversation.contributions.flatMap((draft) => {
		const attribution = draft.data.attribution;
		if (attribution.basis !== 'inferred') return [];
		const text = texts.get(attribution.in);
		if (text === undefined) {
			if (conversation.incomplete) return [];
			return [
				problem(
					draft,
					['attribution', 'in'],
					`is ${JSON.stringify(attribution.in)}, but this conversation has no contribution with that id`,
				),
			];
		}
		if (!text.includes(attribution.quote)) {
			return [
				problem(
					draft,
					['attribution', 'quote'],
					`${JSON.stringify(attribution.quote)} does not occur in contribution ${JSON.stringify(attribution.in)}; quote the evidence exactly`,
				),
			];
		}
		return [];
	});
}
