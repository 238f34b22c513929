import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Id } from '../schemas/common.ts';
import { draftFiles, type DraftFile } from './draft-files.ts';
import { splitArchive, type SplitArchive } from './split-archive.ts';

/** An import refused before anything was written, with a message for the editor. */
export class ImportRefused extends Error {
	override name = 'ImportRefused';
}

export interface ImportResult {
	/** The new conversation folder. */
	dir: string;
	/** Every file written, relative to the content folder. */
	files: string[];
	archive: SplitArchive;
}

/**
 * Starts a conversation from its archived text: copies the text byte for byte to
 * `<content>/conversations/<id>/source.txt` and drafts the files around it (see `draftFiles`).
 * Every refusal (a bad id, an id in use, an empty or non-UTF-8 file) comes before anything is
 * written; the files are written into a hidden folder that is renamed into place at the end.
 *
 * @throws ImportRefused when the archive or the id cannot be used
 */
export function importArchive(sourcePath: string, id: string, contentDir: string): ImportResult {
	const text = readArchive(sourcePath);
	if (!Id.safeParse(id).success)
		throw new ImportRefused(
			`--id ${JSON.stringify(id)} is not an id: use lower-case letters, digits and hyphens, starting with a letter (it becomes the URL)`,
		);
	const dir = path.join(contentDir, 'conversations', id);
	if (existsSync(dir))
		throw new ImportRefused(
			`${dir}/ already exists: the id ${JSON.stringify(id)} is taken, so choose another (ids never change once published)`,
		);

	const archive = splitArchive(text);
	if (archive.blocks.length === 0)
		throw new ImportRefused(`${sourcePath} holds only a title: there is no post to import`);
	let files: DraftFile[];
	try {
		files = draftFiles(id, archive);
	} catch (error) {
		throw new ImportRefused(error instanceof Error ? error.message : String(error));
	}
	const taken = files.filter(
		(file) => file.path.startsWith('speakers/') && existsSync(path.join(contentDir, file.path)),
	);
	if (taken.length > 0)
		throw new ImportRefused(
			`${path.join(contentDir, taken[0]!.path)} already exists: the id ${JSON.stringify(id)} would reuse its speakers`,
		);

	const partial = path.join(contentDir, 'conversations', `.${id}.partial-${process.pid}`);
	try {
		for (const file of files.filter((f) => !f.path.startsWith('speakers/')))
			write(path.join(partial, path.relative(`conversations/${id}`, file.path)), file.text);
		copyFileSync(sourcePath, path.join(partial, 'source.txt'));
		renameSync(partial, dir);
	} finally {
		rmSync(partial, { recursive: true, force: true });
	}
	for (const file of files.filter((f) => f.path.startsWith('speakers/')))
		write(path.join(contentDir, file.path), file.text);
	return {
		dir,
		files: [`conversations/${id}/source.txt`, ...files.map((file) => file.path)],
		archive,
	};
}

/** The archive as text, or a refusal: missing, empty, not UTF-8, or not text at all. */
function readArchive(sourcePath: string): string {
	if (!existsSync(sourcePath) || !statSync(sourcePath).isFile())
		throw new ImportRefused(`${sourcePath} is not a file`);
	const bytes = readFileSync(sourcePath);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new ImportRefused(
			`${sourcePath} is not UTF-8 text: save it as UTF-8 (without changing a word) and import it again`,
		);
	}
	if (text.startsWith('\uFEFF'))
		throw new ImportRefused(
			`${sourcePath} starts with a byte-order mark, which would become part of the title: save it as UTF-8 without one`,
		);
	if (text.includes('\r'))
		throw new ImportRefused(
			`${sourcePath} has Windows (CR LF) line ends: the verbatim check reads lines ended by LF alone, so save it with LF line ends (not a word changed) and import it again`,
		);
	if (text.trim() === '')
		throw new ImportRefused(`${sourcePath} is empty: there is nothing to import`);
	// Control characters other than tabs and line ends mean a binary file, not an archived text.
	const control = [...text].find((char) => isControlCharacter(char.codePointAt(0)!));
	if (control)
		throw new ImportRefused(
			`${sourcePath} is not plain text: it holds the control character U+${control.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`,
		);
	return text;
}

function write(file: string, text: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, text, { flag: 'wx' });
}

/** C0 controls and DEL, except tab, line feed, form feed and carriage return. */
function isControlCharacter(code: number): boolean {
	return (code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0x7f;
}
