import type { Contribution, Person } from '../model/model.ts';
import { wholeWords } from '../core/whole-words.ts';

/**
 * The people a contribution mentions, by any of their mention strings, in order of first
 * mention. Shown under the contribution with every other name they go by, so a reader (and the
 * search index) finds the post by "崔天凯" or "Barack Obama" though the text says "Cui" or
 * "Barrack".
 */
export function peopleMentioned(contribution: Contribution, people: readonly Person[]): Person[] {
	const text = contribution.paragraphs.join('\n');
	const found = people
		.map((person) => ({ person, at: wholeWords(person.mentions, 'u').exec(text)?.index ?? -1 }))
		.filter(({ at }) => at >= 0);
	return found.sort((a, b) => a.at - b.at).map(({ person }) => person);
}
