import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { ContributionSchema } from '../../src/schemas/contribution.ts';
import { SpeakerSchema } from '../../src/schemas/speaker.ts';

describe('parseMarkdownFile', () => {
	const file = 'content/speakers/x.md';

	it('returns data, body and the line the body starts on', () => {
		const result = parseMarkdownFile(file, '---\nid: x\nname: X\n---\n\nBio.\n', SpeakerSchema);
		expect(result.ok && result.value.data).toEqual({
			id: 'x',
			name: 'X',
			nameIsPartial: false,
			sources: [],
		});
		expect(result.ok && result.value.bodyLine).toBe(5);
		expect(result.ok && result.value.lineOf(['name'])).toBe(3);
	});

	it('refuses a file without frontmatter', () => {
		expect(parseMarkdownFile(file, 'Just text', SpeakerSchema)).toEqual({
			ok: false,
			problems: [
				{
					file,
					field: 'frontmatter',
					line: 1,
					message: expect.stringMatching(/must start with a `---` line/),
				},
			],
		});
	});

	it('names nested fields with their line', () => {
		const text =
			'---\nid: c1\nnumber: 1\nspeaker: x\nattribution:\n  basis: guessed\n  note: n\nboundary: b\n---\n\nText.\n';
		const result = parseMarkdownFile('c.md', text, ContributionSchema);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toEqual([
			{
				file: 'c.md',
				field: 'attribution.basis',
				line: 6,
				message: expect.stringMatching(/byline, inferred, none/),
			},
		]);
	});

	it('catches a duplicated key as invalid YAML', () => {
		const result = parseMarkdownFile(file, '---\nid: x\nid: y\nname: X\n---\n', SpeakerSchema);
		expect(!result.ok && result.problems[0]).toMatchObject({
			field: 'frontmatter',
			line: 3,
			message: expect.stringMatching(/not valid YAML/),
		});
	});
});
