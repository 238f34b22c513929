import { describe, expect, it } from 'vitest';
import { readContributionBody } from '../../src/loader/contribution-body.ts';

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
		const { problems } = readContributionBody(
			'f.md',
			'One *two*.\n\nThree [four](https://example.org/) ~~five~~.\n',
			10,
		);
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
