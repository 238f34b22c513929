import type { ContentProblem } from './content-error.ts';
import { problem } from './problem.ts';
import type { Draft } from './drafts.ts';

/** Ids are unique among files of one kind: each is part of a public address or a reference. */
export function duplicateIds(
	drafts: readonly Draft<{ id: string }>[],
	kind: string,
): ContentProblem[] {
	const seen = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const draft of drafts) {
		const first = seen.get(draft.data.id);
		if (first) {
			problems.push(
				problem(
					draft,
					['id'],
					`${JSON.stringify(draft.data.id)} is already the id of the ${kind} in ${first}; ids must be unique`,
				),
			);
		} else {
			seen.set(draft.data.id, draft.file);
		}
	}
	return problems;
}
