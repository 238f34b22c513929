import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Reads one file of the content folder, or says why it will not. Only real files whose real
 * path lies inside the content folder are read: a symbolic link, or a name that climbs out with
 * `..`, could otherwise publish any file of the machine the site is built on.
 *
 * The text comes back as every check expects it: without a byte order mark, with `\n` line
 * ends and without spaces or tabs at the ends of lines, so a file saved on Windows or with
 * stray trailing blanks means the same as a clean one.
 */
export function readContentFile(
	file: string,
	contentRoot: string,
): { ok: true; text: string } | { ok: false; reason: string } {
	let stats;
	try {
		stats = lstatSync(file);
	} catch {
		return { ok: false, reason: 'does not exist' };
	}
	if (stats.isSymbolicLink()) {
		return {
			ok: false,
			reason: 'is a symbolic link; content files must be real files inside the content folder',
		};
	}
	if (!stats.isFile()) return { ok: false, reason: 'is not a file' };
	if (!isInside(realpathSync(file), realpathSync(contentRoot))) {
		return {
			ok: false,
			reason:
				'lies outside the content folder (through a linked folder); content files must be inside it',
		};
	}
	return { ok: true, text: normaliseText(readFileSync(file, 'utf8')) };
}

/** Whether `file` is `folder` or lies under it (both real paths). */
export function isInside(file: string, folder: string): boolean {
	const relative = path.relative(folder, file);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Drops a byte order mark, turns CRLF and CR line ends into LF and trims spaces and tabs at line ends. */
export function normaliseText(text: string): string {
	return text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/[ \t]+$/gm, '');
}
