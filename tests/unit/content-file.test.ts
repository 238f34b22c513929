import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText, readContentFile } from '../../src/loader/content-file.ts';

describe('reading content files', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'edition-read-'));
	const content = path.join(root, 'content');
	mkdirSync(path.join(content, 'speakers'), { recursive: true });
	writeFileSync(path.join(root, 'outside.md'), 'secret');
	writeFileSync(path.join(content, 'speakers', 'real.md'), 'text\r\n');
	symlinkSync(path.join(root, 'outside.md'), path.join(content, 'speakers', 'linked.md'));
	symlinkSync(root, path.join(content, 'linked-folder'));

	it('reads a real file inside the content folder, as clean text', () => {
		expect(readContentFile(path.join(content, 'speakers', 'real.md'), content)).toEqual({
			ok: true,
			text: 'text\n',
		});
	});

	it('refuses a symbolic link, and a file reached through a linked folder', () => {
		expect(readContentFile(path.join(content, 'speakers', 'linked.md'), content)).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/symbolic link/),
		});
		expect(
			readContentFile(path.join(content, 'linked-folder', 'outside.md'), content),
		).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/outside the content folder/),
		});
	});

	it('reads CRLF, a byte order mark and trailing blanks as the clean text', () => {
		expect(normaliseText('\uFEFFTitle\r\n\r\nOne  \t\r\nTwo\rThree ')).toBe(
			'Title\n\nOne\nTwo\nThree',
		);
	});
});
