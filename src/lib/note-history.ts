import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** When a note was first written and last changed, as ISO 8601 date-times. */
export interface NoteDates {
	created: string;
	modified: string;
}

/**
 * The dates of the note files in one folder, from the project's history: `created` is the first
 * commit that touched a file, `modified` the last. The history is the record of when an editor
 * wrote a note, and it needs no date typed by hand. One `git log` per folder. Outside a Git
 * checkout a note simply has no dates: they are optional in the Web Annotation model, and the
 * build never fails for want of them. (A shallow clone dates every note to its one commit.)
 */
export function noteDates(folder: string): Map<string, NoteDates> {
	const dates = new Map<string, NoteDates>();
	let log: string;
	try {
		log = execFileSync('git', ['log', '--format=%x00%aI', '--name-only', '--relative', '--', '.'], {
			cwd: folder,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return dates;
	}
	// Newest commit first: the first date seen for a file is its last change, the last its first.
	for (const commit of log.split('\0').filter(Boolean)) {
		const [date, ...files] = commit.split('\n').map((line) => line.trim());
		for (const file of files.filter(Boolean)) {
			const key = path.resolve(folder, file);
			const known = dates.get(key);
			dates.set(key, { created: toUtc(date!), modified: known?.modified ?? toUtc(date!) });
		}
	}
	return dates;
}

/** `2026-11-29T07:33:44+00:00` → `2026-11-29T07:33:44Z`, the form the model's examples use. */
function toUtc(date: string): string {
	return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A note not yet committed is dated by its file, until its first commit dates it for good. */
export function uncommittedDates(file: string): NoteDates | undefined {
	try {
		const time = toUtc(statSync(file).mtime.toISOString());
		return { created: time, modified: time };
	} catch {
		return undefined;
	}
}
