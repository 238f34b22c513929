import { formatBibliography, type CslItem } from '../citations/engine.ts';
import { renderProse } from '../markdown/render.ts';
import type { Person, ReferenceEntry, Speaker } from '../model/model.ts';
import type { PersonData } from '../schemas/person.ts';
import type { SpeakerData } from '../schemas/speaker.ts';
import type { ContentDrafts, Draft } from './drafts.ts';

/**
 * The speakers (by id) and the people (A–Z) of the edition, their bios rendered and the shared
 * references their pages cite formatted once.
 */
export function speakersAndPeople(
	drafts: ContentDrafts,
	shared: readonly CslItem[],
): { speakers: Map<string, Speaker>; people: Person[] } {
	const sources = sourceEntries(shared, [...drafts.speakers, ...drafts.people]);
	const speakers = new Map(
		drafts.speakers.map((draft) => [draft.data.id, toSpeaker(draft, sources)]),
	);
	const people = drafts.people
		.map((draft) => toPerson(draft, sources))
		.sort((a, b) => a.sortName.localeCompare(b.sortName, 'en'));
	return { speakers, people };
}

/** The shared references that people's and speakers' pages cite, formatted once, by key. */
function sourceEntries(
	shared: readonly CslItem[],
	pages: readonly Draft<{ sources: string[] }>[],
): Map<string, ReferenceEntry> {
	const cited = new Set(pages.flatMap((page) => page.data.sources));
	const items = shared.filter((item) => cited.has(item.id));
	const byId = new Map(items.map((item) => [item.id, item]));
	return new Map(
		formatBibliography(items).map(({ id, html }) => [id, { id, item: byId.get(id)!, html }]),
	);
}

function toSpeaker(draft: Draft<SpeakerData>, sources: Map<string, ReferenceEntry>): Speaker {
	const { name, unnamedReason, affiliation, sortName, ...rest } = draft.data;
	return {
		...rest,
		sources: rest.sources.map((key) => sources.get(key)!),
		...(name ? { name } : {}),
		...(unnamedReason ? { unnamedReason } : {}),
		...(affiliation ? { affiliation } : {}),
		sortName: sortName ?? name ?? draft.data.id,
		bioHtml: renderProse(draft.body),
		file: draft.file,
	};
}

function toPerson(draft: Draft<PersonData>, sources: Map<string, ReferenceEntry>): Person {
	const { sortName, ...rest } = draft.data;
	return {
		...rest,
		sources: rest.sources.map((key) => sources.get(key)!),
		sortName: sortName ?? draft.data.name,
		bioHtml: renderProse(draft.body),
		file: draft.file,
	} as Person;
}

/** Named speakers A–Z by sort name, then the unnamed in id order. */
export function sortSpeakers(speakers: Speaker[]): Speaker[] {
	return speakers.sort(
		(a, b) => Number(!a.name) - Number(!b.name) || a.sortName.localeCompare(b.sortName, 'en'),
	);
}
