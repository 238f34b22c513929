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
