import { describe, expect, it } from 'vitest';
import { archiveParagraphs, describeDifference } from '../../src/loader/archive.ts';

describe('archiveParagraphs', () => {
	it('splits at blank lines, keeping text exactly and the line each paragraph starts on', () => {
		expect(archiveParagraphs('Title\n\nOne\u00a0 two.\n\n\nThree.')).toEqual([
			{ text: 'Title', line: 1 },
			{ text: 'One\u00a0 two.', line: 3 },
			{ text: 'Three.', line: 6 },
		]);
	});

	it('describes where two texts part, with context', () => {
		expect(describeDifference('the Beijing is', 'that Beijing is')).toBe(
			'differs at character 3: the archive has "the Beijing is", the file has "that Beijing is"',
		);
	});
});

describe('comparing with the archive', () => {
	it('names the code points of a difference nobody can see', () => {
		expect(describeDifference('a b', 'a\u00a0b')).toMatch(
			/the archive has U\+0020 SPACE, the file has U\+00A0 NO-BREAK SPACE/,
		);
		expect(describeDifference('ab', 'a\u200bb')).toMatch(/the file has U\+200B ZERO WIDTH SPACE/);
		expect(describeDifference('café', 'cafe\u0301')).toMatch(
			/only in how a letter is encoded: the archive has U\+00E9 \("é"\), the file has U\+0065 \("e"\) U\+0301 COMBINING ACUTE ACCENT/,
		);
	});

	it('never quotes more of the archive than the file’s own text reaches', () => {
		const secret = 'root:x:0:0:root:/root:/bin/bash and more secret text';
		expect(describeDifference(secret, 'root:x:0:0:')).not.toContain('/bin/bash');
		expect(describeDifference(secret, 'A Small Debate?')).not.toContain('root:/root');
	});
});
