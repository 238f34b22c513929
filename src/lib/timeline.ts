import type { StoryPassage, TimelineEvent } from '../model/model.ts';
import { formatDateSpan, formatPartialDate } from './dates.ts';
import { noteId, paragraphLocator } from '../core/urls.ts';

/** A date as a `<time>` element shows it: its machine form and the words readers see. */
export interface TimeView {
	datetime: string;
	label: string;
}

/** One timeline event as the page lays it out. */
export interface TimelineEventView {
	id: string;
	/** The event's anchor, `timeline-<id>`: citable, so it never changes. */
	anchor: string;
	/** The first day, and for an event of several days the last one. */
	start: TimeView;
	end?: TimeView;
	html: string;
	/** The passages that mention it: `¶ 6.2`, or `contribution 6` for a whole post. */
	posts: { href: string; label: string }[];
	/** The margin notes that explain it. */
	notes: { href: string; label: string }[];
}

/** The anchor of a timeline event. */
export const timelineAnchor = (id: string) => `timeline-${id}`;

/**
 * A partial date (YYYY, YYYY-MM, YYYY-MM-DD) in words: `2013`, `June 2013`, `7 June 2013`.
 * A span of days shares what its ends share: `7–8 June 2013`, split so that each end keeps
 * its own `<time>`: `7` and `8 June 2013`.
 */
export function dateViews(date: string, until?: string): { start: TimeView; end?: TimeView } {
	if (!until) return { start: { datetime: date, label: formatPartialDate(date) } };
	if (date.length !== 10 || until.length !== 10) {
		return {
			start: { datetime: date, label: formatPartialDate(date) },
			end: { datetime: until, label: formatPartialDate(until) },
		};
	}
	const [first, last] = formatDateSpan(date, until).split(/\s*–\s*/) as [string, string];
	return { start: { datetime: date, label: first }, end: { datetime: until, label: last } };
}

/** How a passage is named: `¶ 6.2` for a paragraph, `contribution 6` for a whole post. */
export function passageLabel(passage: StoryPassage): string {
	return passage.paragraph
		? `¶ ${paragraphLocator(passage.number, passage.paragraph)}`
		: `contribution ${passage.number}`;
}

/**
 * The timeline as the thread page shows it. Links are to anchors on the thread (`#c6-p2`,
 * `#note-…`), or, given `base`, to the thread from elsewhere.
 */
export function timelineView(events: readonly TimelineEvent[], base = ''): TimelineEventView[] {
	return events.map((event) => ({
		id: event.id,
		anchor: timelineAnchor(event.id),
		...dateViews(event.date, event.until),
		html: event.html,
		posts: event.posts.map((passage) => ({
			href: `${base}#${passage.id}`,
			label: passageLabel(passage),
		})),
		// Notes in reading order, as the reader meets them.
		notes: [...event.notes]
			.sort((a, b) => a.number - b.number)
			.map((note) => ({ href: `${base}#${noteId(note.id)}`, label: `note ${note.number}` })),
	}));
}
