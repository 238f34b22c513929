import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArchive, ImportRefused } from '../../src/import/import-archive.ts';
import { archiveParagraphs } from '../../src/loader/archive.ts';
import { checkContent } from '../../src/loader/load-edition.ts';

const ARCHIVE = 'content/conversations/north-korea-sanctions-2013/source.txt';

function emptyContent(): string {
	return path.join(mkdtempSync(path.join(tmpdir(), 'edition-import-')), 'content');
}

/** `npm run check:content` on a content folder, as an editor runs it. */
function checkContentCommand(contentDir: string) {
	return spawnSync(process.execPath, ['scripts/check-content.ts'], {
		encoding: 'utf8',
		env: { ...process.env, EDITION_CONTENT_DIR: contentDir },
	});
}

/** What an editor writes over the import's placeholders. */
function fillPlaceholders(file: string): void {
	const values: Record<string, string> = {
		question: 'Does China’s vote signal a new opening?',
		url: 'https://example.org/conversation',
		publisher: 'ChinaFile',
		label: 'March 2013',
		earliest: '2013-03-05',
		latest: '2013-03-07',
		basis: 'The events the posts discuss.',
	};
	const text = readFileSync(file, 'utf8').replace(
		/^(\s*)(\w+): "TODO:[^"]*"$/gm,
		(_, indent: string, key: string) => `${indent}${key}: ${JSON.stringify(values[key])}`,
	);
	writeFileSync(file, text);
}

describe('npm run new:conversation', () => {
	it('imports the project’s own archive: byte-for-byte source, every paragraph exact, split at the archive’s visible boundaries', () => {
		const contentDir = emptyContent();
		const { files } = importArchive(ARCHIVE, 'sanctions-draft', contentDir);
		const dir = path.join(contentDir, 'conversations/sanctions-draft');
		expect(readFileSync(path.join(dir, 'source.txt')).equals(readFileSync(ARCHIVE))).toBe(true);
		expect(files).toContain('speakers/sanctions-draft-writer-1.md');

		// Refused until an editor fills what only an editor can know; each message says what to write.
		const before = checkContentCommand(contentDir);
		expect(before.status).toBe(1);
		expect(before.stderr).toMatch(
			/conversation\.md:\d+ question: is still to be written: the question under debate/,
		);
		expect(before.stderr).toMatch(
			/conversation\.md:\d+ date\.earliest: is still to be written: the earliest day/,
		);
		expect(before.stderr).toContain('The content has 7 problems');

		fillPlaceholders(path.join(dir, 'conversation.md'));
		const after = checkContentCommand(contentDir);
		expect(after.stderr).toBe('');
		expect(after.status).toBe(0);

		const [conversation] = checkContent(contentDir, '/').conversations;
		const contributions = conversation!.contributions;
		// The 21 paragraphs of the posts, after the title, the series line and the byline, exactly and in order.
		const archived = archiveParagraphs(readFileSync(ARCHIVE, 'utf8')).map((p) => p.text);
		const posts = archived.slice(3);
		expect(posts).toHaveLength(21);
		const imported = contributions.flatMap((c) => c.paragraphs.map((p) => p.text));
		expect(imported).toEqual(['Orville Schell:', ...posts]);
		// Split at the two double blank lines, the archive's visible boundaries.
		expect(contributions.map((c) => c.paragraphs[0]!.text.slice(0, 20))).toEqual([
			'Orville Schell:',
			'It’s good news that ',
			'I hope your read of ',
		]);
		// Nobody named: every contribution unattributed, every speaker unnamed.
		expect(contributions.every((c) => c.data.attribution.basis === 'none')).toBe(true);
		const speakers = checkContent(contentDir, '/').speakers;
		expect(speakers.map((s) => s.data.name)).toEqual([undefined, undefined, undefined]);
		expect(contributions.map((c) => c.data.boundary)).toEqual([
			'A line of its own that reads as a byline, “Orville Schell:”, starts it (source.txt line 5).',
			'2 blank lines instead of one set it off from the post before (source.txt line 18).',
			'2 blank lines instead of one set it off from the post before (source.txt line 31).',
		]);
	}, 60_000);

	it('refuses an id in use, a file that is not UTF-8, an empty file and a bad id, writing nothing', () => {
		const contentDir = emptyContent();
		importArchive(ARCHIVE, 'taken', contentDir);
		const listing = () => readdirSync(path.dirname(contentDir), { recursive: true }).sort();
		const before = listing();
		const scratch = mkdtempSync(path.join(tmpdir(), 'edition-archive-'));
		const latin1 = path.join(scratch, 'latin1.txt');
		writeFileSync(latin1, Buffer.from('Caf\xe9 society\n\nA post.\n', 'latin1'));
		const binary = path.join(scratch, 'binary.txt');
		writeFileSync(binary, Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x00, 0x0a]));
		const crlf = path.join(scratch, 'crlf.txt');
		writeFileSync(crlf, 'Title\r\n\r\nA post.\r\n');
		const empty = path.join(scratch, 'empty.txt');
		writeFileSync(empty, '\n \n');

		const refusals: [string, string, RegExp][] = [
			[ARCHIVE, 'taken', /already exists: the id "taken" is taken/],
			[latin1, 'fresh', /is not UTF-8 text/],
			[binary, 'fresh', /is not plain text: it holds the control character U\+0000/],
			[empty, 'fresh', /is empty/],
			[crlf, 'fresh', /has Windows \(CR LF\) line ends/],
			[ARCHIVE, 'Not An Id', /is not an id/],
			[path.join(scratch, 'missing.txt'), 'fresh', /is not a file/],
		];
		for (const [file, id, message] of refusals) {
			expect(() => importArchive(file, id, contentDir)).toThrow(ImportRefused);
			expect(() => importArchive(file, id, contentDir)).toThrow(message);
		}
		expect(listing()).toEqual(before);
	});

	it('the command says why it refuses, and exits non-zero', () => {
		const result = spawnSync(
			process.execPath,
			['scripts/new-conversation.ts', ARCHIVE, '--id', 'north-korea-sanctions-2013'],
			{
				encoding: 'utf8',
			},
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Nothing was written\. .*already exists/);
	}, 30_000);
});
