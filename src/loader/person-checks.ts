import type { PersonData } from '../schemas/person.ts';
import type { SpeakerData } from '../schemas/speaker.ts';
import type { ContentProblem } from './content-error.ts';
import { problem } from './problem.ts';
import type { Draft } from './drafts.ts';

/** Each name, alias or mention belongs to one person only, or links and searches would be ambiguous. */
export function personNames(people: readonly Draft<PersonData>[]): ContentProblem[] {
	const owner = new Map<string, { id: string; file: string }>();
	const problems: ContentProblem[] = [];
	for (const person of people) {
		const { name, chineseName, traditionalName, koreanName, aliases, mentions } = person.data;
		const names: [string, (string | number)[]][] = [
			[name, ['name']],
			...[chineseName, traditionalName, koreanName].flatMap((value, i) =>
				value
					? [[value, [['chineseName', 'traditionalName', 'koreanName'][i]!]] as [string, string[]]]
					: [],
			),
			...aliases.map((alias, i): [string, (string | number)[]] => [alias, ['aliases', i]]),
			...mentions.map((mention, i): [string, (string | number)[]] => [mention, ['mentions', i]]),
		];
		for (const [value, field] of names) {
			const key = value.normalize('NFKC').toLowerCase();
			const first = owner.get(key);
			if (first && first.id !== person.data.id) {
				problems.push(
					problem(
						person,
						field,
						`${JSON.stringify(value)} already names ${first.id} (${first.file}); a name may point to one person only`,
					),
				);
			} else if (!first) {
				owner.set(key, { id: person.data.id, file: person.file });
			}
		}
	}
	return problems;
}

/** A person who also wrote names a speaker that exists. */
export function personSpeakers(
	people: readonly Draft<PersonData>[],
	speakers: Map<string, Draft<SpeakerData>>,
	unreadable: ReadonlySet<string>,
	folder: string,
): ContentProblem[] {
	return people.flatMap((person) =>
		person.data.speaker &&
		!speakers.has(person.data.speaker) &&
		!unreadable.has(person.data.speaker)
			? [
					problem(
						person,
						['speaker'],
						`is ${JSON.stringify(person.data.speaker)}, but there is no such speaker in ${folder}/speakers/`,
					),
				]
			: [],
	);
}
