import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Edition } from '../model/model.ts';

/**
 * The checked, rendered edition written to disk for Astro to lay out, so that the content is
 * loaded once per build. An edition may be written in shares (one per loading worker); reading
 * joins them in order. Conversations are written one at a time, so no single string ever holds
 * a thousand of them.
 */
export function writeSnapshot(edition: Edition, file: string): void {
	const fd = openSync(file, 'w');
	try {
		writeSync(
			fd,
			`{"speakers":${JSON.stringify(edition.speakers)},"people":${JSON.stringify(edition.people)},"conversations":[`,
		);
		edition.conversations.forEach((conversation, index) =>
			writeSync(fd, (index > 0 ? ',' : '') + JSON.stringify(conversation)),
		);
		writeSync(fd, ']}');
	} finally {
		closeSync(fd);
	}
}

/** Reads the shares named in a list (joined with the platform's path delimiter) as one edition. */
export function readSnapshot(files: string): Edition {
	const shares = files
		.split(path.delimiter)
		.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Edition);
	return { ...shares[0]!, conversations: shares.flatMap((share) => share.conversations) };
}
