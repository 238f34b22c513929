import type { SpeakerData } from '../schemas/speaker.ts';
import type { ContentProblem } from './content-error.ts';
import type { Draft } from './drafts.ts';

/**
 * A speaker file that no contribution names would publish an empty page, and is most often a
 * misspelt id on one side: name it, so the editor can remove it or use it.
 */
export function unusedSpeakers(
	speakers: readonly Draft<SpeakerData>[],
	conversations: readonly { contributions: readonly { data: { speaker: string } }[] }[],
): ContentProblem[] {
	const used = new Set(
		conversations.flatMap((conversation) => conversation.contributions.map((c) => c.data.speaker)),
	);
	return unusedOf(speakers, used);
}

/** The speakers among `speakers` whose ids are not in `used`. */
export function unusedOf(
	speakers: readonly Draft<SpeakerData>[],
	used: ReadonlySet<string>,
): ContentProblem[] {
	return speakers
		.filter((speaker) => !used.has(speaker.data.id))
		.map((speaker) => ({
			file: speaker.file,
			field: 'id',
			line: speaker.lineOf(['id']),
			message: `${JSON.stringify(speaker.data.id)} wrote no contribution in any conversation, so its page would be empty; remove the file, or name it as a contribution's speaker`,
		}));
}
