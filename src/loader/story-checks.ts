import type { ContentProblem } from './content-error.ts';
import type { ContentDrafts, ConversationDraft } from './drafts.ts';
import { citableKeys } from './reference-checks.ts';

/** A passage id split into its contribution and, for `c6-p2`, its paragraph (from 1). */
export function splitPassage(id: string): { contribution: string; paragraph?: number } {
	const match = /^(.+)-p(\d+)$/.exec(id);
	return match ? { contribution: match[1]!, paragraph: Number(match[2]) } : { contribution: id };
}

/**
 * The timeline and afterword checked against the rest of the conversation: events oldest first
 * and on real days, every post, paragraph and note they point to exists, and every source they
 * cite is in the conversation's references.json or the shared one.
 */
export function storyChecks(
	conversation: ConversationDraft,
	drafts: Pick<ContentDrafts, 'references' | 'referencesUnreadable'>,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const keys = citableKeys(conversation, drafts);
	// A references file that failed to read has been reported already; its keys cannot be checked.
	const checkKeys =
		(conversation.references !== undefined || !conversation.incomplete) &&
		!drafts.referencesUnreadable;
	const unknownKey = (key: string) =>
		conversation.references
			? `cites [@${key}], which is not a key in ${conversation.references.file}`
			: `cites [@${key}], but the conversation has no references.json`;

	const timeline = conversation.timeline;
	if (timeline) {
		const { file, lineOf } = timeline;
		const contributions = new Map(conversation.contributions.map((c) => [c.data.id, c]));
		const notes = new Set(conversation.annotations.map((note) => note.data.id));
		const seen = new Set<string>();
		timeline.events.forEach((event, index) => {
			const at = (...path: (string | number)[]) => ({
				file,
				field: ['events', index, ...path].join('.'),
				line: lineOf(['events', index, ...path]),
			});
			if (seen.has(event.id))
				problems.push({
					...at('id'),
					message: `${JSON.stringify(event.id)} is already the id of an event above; ids must be unique`,
				});
			seen.add(event.id);
			for (const field of ['date', 'until'] as const) {
				const value = event[field];
				if (value && !isCalendarDate(value))
					problems.push({ ...at(field), message: `${value} is not a day of the calendar` });
			}
			if (event.until && event.until <= event.date) {
				problems.push({
					...at('until'),
					message: `is ${event.until}, which is not after \`date\` (${event.date})`,
				});
			}
			const previous = timeline.events[index - 1];
			// A month or a year may lie anywhere within it: out of order only if it must end before the event above begins.
			if (previous && lastDay(event.date) < firstDay(previous.date)) {
				problems.push({
					...at('date'),
					message: `is ${event.date}, before the event above it (${previous.date}); list events oldest first`,
				});
			}
			if (!conversation.incomplete) {
				event.posts.forEach((id, i) => {
					const { contribution, paragraph } = splitPassage(id);
					const found = contributions.get(contribution);
					if (!found) {
						problems.push({
							...at('posts', i),
							message: `is ${JSON.stringify(id)}, but this conversation has no contribution ${JSON.stringify(contribution)}`,
						});
					} else if (
						paragraph !== undefined &&
						(paragraph < 1 || paragraph > found.paragraphs.length)
					) {
						problems.push({
							...at('posts', i),
							message: `is ${JSON.stringify(id)}, but contribution ${contribution} has ${found.paragraphs.length} paragraphs`,
						});
					}
				});
			}
			event.notes.forEach((id, i) => {
				if (!notes.has(id) && !conversation.unreadableNotes.has(id))
					problems.push({
						...at('notes', i),
						message: `is ${JSON.stringify(id)}, but there is no note with that id in annotations/`,
					});
			});
			for (const key of event.keys)
				if (checkKeys && !keys.has(key))
					problems.push({ ...at('event'), message: unknownKey(key) });
		});
	}

	const afterword = conversation.afterword;
	if (afterword && checkKeys) {
		for (const key of afterword.keys) {
			if (keys.has(key)) continue;
			const before = afterword.body.slice(0, Math.max(0, afterword.body.indexOf(`@${key}`)));
			problems.push({
				file: afterword.file,
				field: 'body',
				line: afterword.bodyLine + before.split('\n').length - 1,
				message: unknownKey(key),
			});
		}
	}
	return problems;
}

/** The first and the last day a YYYY, YYYY-MM or YYYY-MM-DD can mean. */
const firstDay = (date: string) => date.padEnd(10, date.length === 4 ? '-01-01' : '-01');
function lastDay(date: string): string {
	if (date.length === 10) return date;
	if (date.length === 4) return `${date}-12-31`;
	const [year, month] = date.split('-').map(Number) as [number, number];
	return `${date}-${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
}

/** True for a YYYY, YYYY-MM or YYYY-MM-DD that names a real month and day. */
function isCalendarDate(value: string): boolean {
	const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}
