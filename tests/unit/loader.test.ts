import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveParagraphs, describeDifference } from '../../src/loader/archive.ts';
import { readContributionBody } from '../../src/loader/contribution-body.ts';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { readContent } from '../../src/loader/read-content.ts';
import { ContributionSchema } from '../../src/schemas/contribution.ts';
import { SpeakerSchema } from '../../src/schemas/speaker.ts';

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

describe('parseMarkdownFile', () => {
	const file = 'content/speakers/x.md';

	it('returns data, body and the line the body starts on', () => {
		const result = parseMarkdownFile(file, '---\nid: x\nname: X\n---\n\nBio.\n', SpeakerSchema);
		expect(result.ok && result.value.data).toEqual({ id: 'x', name: 'X', nameIsPartial: false, sources: [] });
		expect(result.ok && result.value.bodyLine).toBe(5);
		expect(result.ok && result.value.lineOf(['name'])).toBe(3);
	});

	it('refuses a file without frontmatter', () => {
		expect(parseMarkdownFile(file, 'Just text', SpeakerSchema)).toEqual({
			ok: false,
			problems: [{ file, field: 'frontmatter', line: 1, message: expect.stringMatching(/must start with a `---` line/) }],
		});
	});

	it('names nested fields with their line', () => {
		const text = '---\nid: c1\nnumber: 1\nspeaker: x\nattribution:\n  basis: guessed\n  note: n\nboundary: b\n---\n\nText.\n';
		const result = parseMarkdownFile('c.md', text, ContributionSchema);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems).toEqual([
			{ file: 'c.md', field: 'attribution.basis', line: 6, message: expect.stringMatching(/byline, inferred, none/) },
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

describe('readContributionBody', () => {
	it('returns paragraphs with their file lines', () => {
		expect(readContributionBody('f.md', '\nOne.\n\nTwo \\*escaped\\*.\n', 10)).toEqual({
			paragraphs: [
				{ text: 'One.', line: 11 },
				{ text: 'Two *escaped*.', line: 13 },
			],
			problems: [],
		});
	});

	it('refuses any markup around archived words: the comparison with the archive would not see it', () => {
		const { problems } = readContributionBody('f.md', 'One *two*.\n\nThree [four](https://example.org/) ~~five~~.\n', 10);
		expect(problems.map((p) => [p.line, p.message.split(';')[0]])).toEqual([
			[10, 'puts emphasis (*…*) around "two"'],
			[12, 'puts a link around "four"'],
			[12, 'puts strikethrough (~~…~~) around "five"'],
		]);
	});

	it('keeps an address the archive prints as text, though GFM links it', () => {
		expect(readContributionBody('f.md', 'See www.example.org today.\n', 1).problems).toEqual([]);
	});

	it('refuses headings and lists: a contribution is paragraphs', () => {
		const { problems } = readContributionBody('f.md', '# Heading\n\n- item\n', 5);
		expect(problems.map((p) => [p.line, p.message.split(';')[0]])).toEqual([
			[5, 'holds a heading'],
			[7, 'holds a list'],
		]);
	});
});

describe('schemas', () => {
	it('an unnamed speaker needs a reason, and a named one must not keep it', () => {
		expect(SpeakerSchema.safeParse({ id: 'x' }).error?.issues[0]?.path).toEqual(['unnamedReason']);
		expect(SpeakerSchema.safeParse({ id: 'x', name: 'X', unnamedReason: 'r' }).error?.issues[0]?.message).toMatch(
			/removed once a `name` is given/,
		);
		expect(SpeakerSchema.safeParse({ id: 'x', unnamedReason: 'r' }).success).toBe(true);
	});

	it('an inferred attribution needs the quote and where it is', () => {
		const base = { id: 'c2', number: 2, speaker: 'x', boundary: 'b' };
		expect(
			ContributionSchema.safeParse({ ...base, attribution: { basis: 'inferred', quote: 'q', note: 'n' } }).error?.issues[0]?.path,
		).toEqual(['attribution', 'in']);
		expect(ContributionSchema.safeParse({ ...base, attribution: { basis: 'inferred', quote: 'q', in: 'c1', note: 'n' } }).success).toBe(
			true,
		);
	});

	it('ids are lower-case words joined by hyphens', () => {
		expect(SpeakerSchema.safeParse({ id: 'John Delury', name: 'J' }).success).toBe(false);
		expect(SpeakerSchema.safeParse({ id: 'john-delury', name: 'J' }).success).toBe(true);
	});
});

describe('readContent', () => {
	it('reports a content folder with no conversation, or no content folder at all, instead of building an empty site', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'edition-'));
		mkdirSync(path.join(root, 'content', 'speakers'), { recursive: true });
		expect(readContent(path.join(root, 'content'), root).problems).toEqual([
			{ file: 'content/conversations', field: 'conversations', message: 'holds no conversation folder: the edition needs at least one' },
		]);
		expect(readContent(path.join(root, 'elsewhere'), root).problems).toEqual([
			{ file: 'elsewhere/conversations', field: 'conversations', message: 'does not exist: the content folder is missing or misnamed' },
		]);
		rmSync(root, { recursive: true });
	});
});
