import path from 'node:path';
import { locateQuote } from '../annotations/anchor.ts';
import type { PersonData } from '../schemas/person.ts';
import type { SpeakerData } from '../schemas/speaker.ts';
import { archiveParagraphs, describeDifference } from './archive.ts';
import type { ContentProblem } from './content-error.ts';
import { checkPostLinks } from './post-links.ts';
import type { ContentDrafts, ConversationDraft, Draft } from './read-content.ts';
import { storyChecks } from './story-checks.ts';
import { unusedSpeakers } from './unused-speakers.ts';
import { citableKeys, referenceChecks } from './reference-checks.ts';
import { paragraphLocator } from '../core/urls.ts';

/**
 * Checks that span files: every rule here is one an editor can break without any single file
 * being wrong on its own. Each returns problems that name the file, the field and the line.
 */
export function crossCheck(drafts: ContentDrafts): ContentProblem[] {
	const speakers = new Map(drafts.speakers.map((speaker) => [speaker.data.id, speaker]));
	const people = new Set(drafts.people.map((person) => person.data.id));
	return [
		...duplicateIds(drafts.speakers, 'speaker'),
		...duplicateIds(drafts.people, 'person'),
		...duplicateIds(drafts.conversations, 'conversation'),
		...personNames(drafts.people),
		...personSpeakers(drafts.people, speakers, drafts.unreadable.speakers),
		// Only when every conversation was read: a speaker of one that was not would look unused.
		...(drafts.complete ? unusedSpeakers(drafts.speakers, drafts.conversations) : []),
		...referenceChecks(drafts),
		...drafts.conversations.flatMap((conversation) => [
			...duplicateIds(conversation.contributions, 'contribution'),
			...duplicateIds(conversation.annotations, 'note'),
			...numbering(conversation),
			...speakerLinks(conversation, speakers, drafts.unreadable.speakers),
			...replyLinks(conversation),
			...attributionEvidence(conversation),
			...sourceDrift(conversation),
			...noteTargets(conversation),
			...notePeopleAndSources(conversation, people, drafts.unreadable.people, drafts),
			...storyChecks(conversation, drafts),
			// Links point into posts: with a post unread, a link to it would be blamed for its absence.
			...(conversation.incomplete ? [] : checkPostLinks(conversation)),
		]),
	];
}

/** Each name, alias or mention belongs to one person only, or links and searches would be ambiguous. */
function personNames(people: readonly Draft<PersonData>[]): ContentProblem[] {
	const owner = new Map<string, { id: string; file: string }>();
	const problems: ContentProblem[] = [];
	for (const person of people) {
		const { name, chineseName, traditionalName, koreanName, aliases, mentions } = person.data;
		const names: [string, (string | number)[]][] = [
			[name, ['name']],
			...[chineseName, traditionalName, koreanName].flatMap((value, i) =>
				value ? [[value, [['chineseName', 'traditionalName', 'koreanName'][i]!]] as [string, string[]]] : [],
			),
			...aliases.map((alias, i): [string, (string | number)[]] => [alias, ['aliases', i]]),
			...mentions.map((mention, i): [string, (string | number)[]] => [mention, ['mentions', i]]),
		];
		for (const [value, field] of names) {
			const key = value.normalize('NFKC').toLowerCase();
			const first = owner.get(key);
			if (first && first.id !== person.data.id) {
				problems.push({
					file: person.file,
					field: field.join('.'),
					line: person.lineOf(field),
					message: `${JSON.stringify(value)} already names ${first.id} (${first.file}); a name may point to one person only`,
				});
			} else if (!first) {
				owner.set(key, { id: person.data.id, file: person.file });
			}
		}
	}
	return problems;
}

function personSpeakers(
	people: readonly Draft<PersonData>[],
	speakers: Map<string, Draft<SpeakerData>>,
	unreadable: ReadonlySet<string>,
): ContentProblem[] {
	return people.flatMap((person) =>
		person.data.speaker && !speakers.has(person.data.speaker) && !unreadable.has(person.data.speaker)
			? [
					{
						file: person.file,
						field: 'speaker',
						line: person.lineOf(['speaker']),
						message: `is ${JSON.stringify(person.data.speaker)}, but there is no such speaker in content/speakers/`,
					},
				]
			: [],
	);
}

/**
 * Each note's quote occurs exactly once in its contribution, and no two notes claim
 * overlapping words. No fuzzy matching: an ambiguous or missing quote stops the build.
 */
function noteTargets(conversation: ConversationDraft): ContentProblem[] {
	if (conversation.incomplete) return [];
	const claimed: { contribution: string; paragraph: number; start: number; end: number; file: string }[] = [];
	return conversation.annotations.flatMap((note): ContentProblem[] => {
		const target = note.data.target;
		const contribution = conversation.contributions.find((c) => c.data.id === target.contribution);
		if (!contribution) {
			return [
				{
					file: note.file,
					field: 'target.contribution',
					line: note.lineOf(['target', 'contribution']),
					message: `is ${JSON.stringify(target.contribution)}, but this conversation has no contribution with that id`,
				},
			];
		}
		// A page that held the note keeps its anchors, so it must be another post of this conversation.
		const moved = note.data.movedFrom.flatMap((id, index): ContentProblem[] =>
			id !== target.contribution && conversation.contributions.some((c) => c.data.id === id)
				? []
				: [
						{
							file: note.file,
							field: `movedFrom.${index}`,
							line: note.lineOf(['movedFrom', index]),
							message: `is ${JSON.stringify(id)}, but ${id === target.contribution ? 'that is where the note is now' : 'this conversation has no contribution with that id'}`,
						},
					],
		);
		if (moved.length > 0) return moved;
		const where = { file: note.file, field: 'target.exact', line: note.lineOf(['target', 'exact']) };
		const result = locateQuote(
			contribution.paragraphs.map((p) => p.text),
			target,
		);
		const quoted = JSON.stringify((target.prefix ?? '') + target.exact + (target.suffix ?? ''));
		if (!result.ok && result.reason === 'missing') {
			return [
				{
					...where,
					message: `${quoted} does not occur in contribution ${target.contribution} (${contribution.file}); quote it exactly, within one paragraph`,
				},
			];
		}
		if (!result.ok) {
			return [
				{
					...where,
					message: `${quoted} occurs ${result.count} times in contribution ${target.contribution}; add a prefix or suffix so it matches one place only`,
				},
			];
		}
		const { paragraph, start, end } = result.anchor;
		const overlap = claimed.find(
			(c) => c.contribution === target.contribution && c.paragraph === paragraph && c.start < end && start < c.end,
		);
		claimed.push({ contribution: target.contribution, paragraph, start, end, file: note.file });
		return overlap ? [{ ...where, message: `overlaps the words the note in ${overlap.file} explains; notes may not share words` }] : [];
	});
}

/** Notes name known people and cite keys of the conversation's references.json or the shared one. */
function notePeopleAndSources(
	conversation: ConversationDraft,
	people: ReadonlySet<string>,
	unreadable: ReadonlySet<string>,
	drafts: ContentDrafts,
): ContentProblem[] {
	const keys = citableKeys(conversation, drafts);
	// A references.json that failed to read has been reported already; its keys cannot be checked.
	const checkKeys = (conversation.references !== undefined || !conversation.incomplete) && !drafts.referencesUnreadable;
	return conversation.annotations.flatMap((note) => [
		...note.data.people.flatMap((id, index) =>
			people.has(id) || unreadable.has(id)
				? []
				: [
						{
							file: note.file,
							field: `people.${index}`,
							line: note.lineOf(['people', index]),
							message: `is ${JSON.stringify(id)}, but there is no such person in content/people/`,
						},
					],
		),
		...note.keys.flatMap((key) =>
			keys.has(key) || !checkKeys
				? []
				: [
						{
							file: note.file,
							field: 'body',
							line: note.bodyLine + note.body.slice(0, Math.max(0, note.body.indexOf(`@${key}`))).split('\n').length - 1,
							message: conversation.references
								? `cites [@${key}], which is not a key in ${[conversation.references.file, drafts.references?.file].filter(Boolean).join(' or ')}`
								: `cites [@${key}], which is in no references.json`,
						},
					],
		),
	]);
}

function duplicateIds(drafts: readonly Draft<{ id: string }>[], kind: string): ContentProblem[] {
	const seen = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const draft of drafts) {
		const first = seen.get(draft.data.id);
		if (first) {
			problems.push({
				file: draft.file,
				field: 'id',
				line: draft.lineOf(['id']),
				message: `${JSON.stringify(draft.data.id)} is already the id of the ${kind} in ${first}; ids must be unique`,
			});
		} else {
			seen.set(draft.data.id, draft.file);
		}
	}
	return problems;
}

/** Numbers run 1, 2, 3 … in file order, and a file's `NN-` prefix matches its number. */
function numbering(conversation: ConversationDraft): ContentProblem[] {
	// With a contribution unread, every later one would seem misnumbered.
	if (conversation.incomplete) return [];
	return conversation.contributions.flatMap((draft, index) => {
		const expected = index + 1;
		const prefix = /^(\d+)-/.exec(path.basename(draft.file))?.[1];
		const problems: ContentProblem[] = [];
		if (draft.data.number !== expected) {
			problems.push({
				file: draft.file,
				field: 'number',
				line: draft.lineOf(['number']),
				message: `is ${draft.data.number}, but this is contribution ${expected} in file order; numbers run 1, 2, 3 … with no gaps or repeats`,
			});
		} else if (prefix === undefined || Number(prefix) !== expected) {
			problems.push({
				file: draft.file,
				field: 'number',
				line: draft.lineOf(['number']),
				message: `is ${expected}, so the file name must start with "${String(expected).padStart(2, '0')}-"`,
			});
		}
		return problems;
	});
}

function speakerLinks(
	conversation: ConversationDraft,
	speakers: Map<string, Draft<SpeakerData>>,
	unreadable: ReadonlySet<string>,
): ContentProblem[] {
	const known = [...speakers.keys()].sort().join(', ');
	return conversation.contributions.flatMap((draft) => {
		if (unreadable.has(draft.data.speaker)) return [];
		const speaker = speakers.get(draft.data.speaker);
		const where = { file: draft.file, field: 'speaker', line: draft.lineOf(['speaker']) };
		if (!speaker) {
			return [
				{
					...where,
					message: `is ${JSON.stringify(draft.data.speaker)}, but there is no such speaker in content/speakers/ (known: ${known})`,
				},
			];
		}
		const named = speaker.data.name !== undefined;
		const basis = draft.data.attribution.basis;
		if (basis === 'none' && named) {
			return [
				{
					...where,
					field: 'attribution.basis',
					line: draft.lineOf(['attribution', 'basis']),
					message: `is "none", but speaker ${JSON.stringify(speaker.data.id)} has a name; a name needs evidence (basis byline or inferred)`,
				},
			];
		}
		if (basis !== 'none' && !named) {
			return [
				{
					...where,
					field: 'attribution.basis',
					line: draft.lineOf(['attribution', 'basis']),
					message: `is "${basis}", but speaker ${JSON.stringify(speaker.data.id)} has no name to attribute`,
				},
			];
		}
		return [];
	});
}

/** Replies point at contributions that exist and come earlier. */
function replyLinks(conversation: ConversationDraft): ContentProblem[] {
	const numbers = new Map(conversation.contributions.map((draft) => [draft.data.id, draft.data.number]));
	return conversation.contributions.flatMap((draft) =>
		draft.data.replyTo.flatMap((target, index) => {
			const where = { file: draft.file, field: `replyTo.${index}`, line: draft.lineOf(['replyTo', index]) };
			const number = numbers.get(target);
			if (number === undefined) {
				// The contribution answered may be the one that could not be read.
				if (conversation.incomplete) return [];
				return [{ ...where, message: `is ${JSON.stringify(target)}, but this conversation has no contribution with that id` }];
			}
			if (number >= draft.data.number) {
				return [
					{
						...where,
						message: `is ${JSON.stringify(target)} (contribution ${number}); a contribution can only answer one that comes before it`,
					},
				];
			}
			if (draft.data.replyTo.indexOf(target) !== index) {
				return [{ ...where, message: `repeats ${JSON.stringify(target)}` }];
			}
			return [];
		}),
	);
}

/** An inferred attribution quotes words that really are in the contribution it names. */
function attributionEvidence(conversation: ConversationDraft): ContentProblem[] {
	const texts = new Map(conversation.contributions.map((draft) => [draft.data.id, draft.paragraphs.map((p) => p.text).join('\n')]));
	return conversation.contributions.flatMap((draft) => {
		const attribution = draft.data.attribution;
		if (attribution.basis !== 'inferred') return [];
		const text = texts.get(attribution.in);
		if (text === undefined) {
			if (conversation.incomplete) return [];
			return [
				{
					file: draft.file,
					field: 'attribution.in',
					line: draft.lineOf(['attribution', 'in']),
					message: `is ${JSON.stringify(attribution.in)}, but this conversation has no contribution with that id`,
				},
			];
		}
		if (!text.includes(attribution.quote)) {
			return [
				{
					file: draft.file,
					field: 'attribution.quote',
					line: draft.lineOf(['attribution', 'quote']),
					message: `${JSON.stringify(attribution.quote)} does not occur in contribution ${JSON.stringify(attribution.in)}; quote the evidence exactly`,
				},
			];
		}
		return [];
	});
}

/**
 * The contributions, read in order, reproduce the archived text paragraph for paragraph:
 * title, series line, then each post (after its byline, when it has one). Nothing may be
 * lost, added or changed, so a typo "fixed" in a contribution fails here.
 */
function sourceDrift(conversation: ConversationDraft): ContentProblem[] {
	// Without every contribution, a comparison would only report the missing file's paragraphs again.
	if (conversation.sourceText === undefined || conversation.incomplete) return [];
	const archive = archiveParagraphs(conversation.sourceText);
	const expected: { text: string; file: string; field: string; line: number; what: string }[] = [
		{ text: conversation.data.title, file: conversation.file, field: 'title', line: conversation.lineOf(['title']), what: 'the title' },
	];
	if (conversation.data.series) {
		expected.push({
			text: conversation.data.series,
			file: conversation.file,
			field: 'series',
			line: conversation.lineOf(['series']),
			what: 'the series line',
		});
	}
	for (const draft of conversation.contributions) {
		const attribution = draft.data.attribution;
		if (attribution.basis === 'byline') {
			expected.push({
				text: attribution.quote,
				file: draft.file,
				field: 'attribution.quote',
				line: draft.lineOf(['attribution', 'quote']),
				what: 'the byline',
			});
		}
		draft.paragraphs.forEach((paragraph, index) => {
			expected.push({
				text: paragraph.text,
				file: draft.file,
				field: 'body',
				line: paragraph.line,
				what: `paragraph ${paragraphLocator(draft.data.number, index + 1)}`,
			});
		});
	}
	for (let index = 0; index < Math.max(archive.length, expected.length); index++) {
		const original = archive[index];
		const ours = expected[index];
		if (!ours) {
			const last = conversation.contributions.at(-1);
			return [
				{
					file: last?.file ?? conversation.file,
					field: 'body',
					message: `ends before the archive does: ${conversation.sourceFile} line ${original?.line} (${JSON.stringify(original?.text.slice(0, 60))}…) is in no contribution`,
				},
			];
		}
		if (!original) {
			return [
				{
					file: ours.file,
					field: ours.field,
					line: ours.line,
					message: `${ours.what} is not in ${conversation.sourceFile}, which ends before it`,
				},
			];
		}
		if (original.text !== ours.text) {
			return [
				{
					file: ours.file,
					field: ours.field,
					line: ours.line,
					message: `${ours.what} does not match ${conversation.sourceFile} line ${original.line}; it ${describeDifference(original.text, ours.text)}`,
				},
			];
		}
	}
	return [];
}
