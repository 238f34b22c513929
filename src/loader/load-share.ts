import type { ContentProblem } from './content-error.ts';
import { ContentError } from './content-error.ts';
import { checkContent, editionFrom } from './load-edition.ts';
import { writeSnapshot } from './snapshot.ts';

/** What one share of the loading reports back: its snapshot file and counts, or its problems. */
export interface LoadedShare {
	file: string;
	problems?: ContentProblem[];
	/** Each conversation's id, its file and the line of its id, for the check of ids across shares. */
	conversations?: { id: string; file: string; line: number }[];
	contributions?: number;
	notes?: number;
	speakers?: number;
	people?: number;
	/** The speakers its contributions name, so that unused speakers can be found across shares. */
	usedSpeakers?: string[];
}

/** Loads one share of the conversations (all of them when `only` is absent) and writes its snapshot. */
export function loadShare(share: {
	contentDir: string;
	projectDir: string;
	only?: string[];
	file: string;
}): LoadedShare {
	try {
		const drafts = checkContent(
			share.contentDir,
			share.projectDir,
			share.only ? new Set(share.only) : undefined,
		);
		const edition = editionFrom(drafts);
		writeSnapshot(edition, share.file);
		return {
			file: share.file,
			conversations: drafts.conversations.map((draft) => ({
				id: draft.data.id,
				file: draft.file,
				line: draft.lineOf(['id']),
			})),
			contributions: edition.conversations.reduce((sum, c) => sum + c.contributions.length, 0),
			notes: edition.conversations.reduce((sum, c) => sum + c.annotations.length, 0),
			speakers: edition.speakers.length,
			people: edition.people.length,
			usedSpeakers: [
				...new Set(
					edition.conversations.flatMap((c) =>
						c.contributions.map((contribution) => contribution.speaker.id),
					),
				),
			],
		};
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { file: share.file, problems: [...error.problems] };
	}
}
