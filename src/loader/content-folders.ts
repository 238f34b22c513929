import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** `*.md` files in a folder, sorted by name; files starting with `_` are drafts and skipped. */
export function markdownFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.sort()
		.map((name) => path.join(dir, name));
}

/** The conversation folders of a content folder, in name order. */
export function conversationFolders(contentDir: string): string[] {
	return folders(path.join(contentDir, 'conversations'));
}

/** Real folders only: a symbolic link could lead anywhere on the machine. */
function folders(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.map((name) => path.join(dir, name))
		.filter((entry) => lstatSync(entry).isDirectory());
}

/** Symbolic links in a folder, which are never followed. */
export function linkedFolders(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.map((name) => path.join(dir, name))
		.filter(isLink);
}

/** True for a symbolic link; false for anything else, or nothing. */
export function isLink(file: string): boolean {
	try {
		return lstatSync(file).isSymbolicLink();
	} catch {
		return false;
	}
}
