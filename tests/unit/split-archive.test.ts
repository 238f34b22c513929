import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isBylineLine, isSeriesLine, splitArchive } from '../../src/import/split-archive.ts';

const ARCHIVE = 'content/conversations/north-korea-sanctions-2013/source.txt';

describe('splitting an archive where it sets posts apart', () => {
	it('finds the title, the series line and the three blocks of the project’s archive', () => {
		const archive = splitArchive(readFileSync(ARCHIVE, 'utf8'));
		expect(archive.title.text).toBe(
			'Are Proposed Sanctions on North Korea a Hopeful Sign for U.S.-China Relations?',
		);
		expect(archive.series?.text).toBe('A ChinaFile Conversation');
		expect(archive.blocks.map((block) => block.start)).toEqual([
			{ kind: 'byline', byline: 'Orville Schell:', line: 5 },
			{ kind: 'blank-lines', blankLines: 2, line: 18 },
			{ kind: 'blank-lines', blankLines: 2, line: 31 },
		]);
	});

	it('reads a name on a line of its own as a byline, and nothing else', () => {
		for (const line of ['Orville Schell:', 'Jane van Dyke:', 'Susan L. Shirk:', '崔天凯：'])
			expect(isBylineLine(line), line).toBe(true);
		for (const line of [
			'In short:',
			'Orville Schell',
			'The question is this:',
			'Orville Schell: I agree.',
			'A\nB:',
		])
			expect(isBylineLine(line), line).toBe(false);
	});

	it('takes a short line without closing punctuation under the title as the series line', () => {
		expect(isSeriesLine('A ChinaFile Conversation')).toBe(true);
		expect(isSeriesLine('It’s going to be interesting.')).toBe(false);
		expect(isSeriesLine('Orville Schell:')).toBe(false);
		expect(splitArchive('Title\n\nFirst post.\n\nSecond paragraph.').series).toBeUndefined();
	});

	it('starts a block only at a byline or a run of blank lines', () => {
		const archive = splitArchive(
			'Title\n\nSeries\n\nOne.\n\nTwo.\n\n\n\nThree.\n\nAnn Lee:\n\nFour.',
		);
		expect(archive.blocks.map((block) => block.paragraphs.map((p) => p.text))).toEqual([
			['One.', 'Two.'],
			['Three.'],
			['Ann Lee:', 'Four.'],
		]);
	});
});
