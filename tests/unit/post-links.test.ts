import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/loader/frontmatter.ts';
import { checkPostLinks } from '../../src/loader/post-links.ts';
import type { ConversationDraft } from '../../src/loader/drafts.ts';
import { PostLinkSchema } from '../../src/schemas/post-link.ts';

/** A conversation of two posts and the given link files, as the loader reads them. */
function conversationWith(links: Record<string, string>): ConversationDraft {
	const post = (id: string, text: string) => ({
		data: { id },
		file: `${id}.md`,
		paragraphs: [{ text, line: 12 }],
	});
	return {
		contributions: [
			post('c1', 'My suggestion stands.'),
			post('c2', 'Ann’s post, and Ann’s post again; her suggestion.'),
		],
		links: Object.entries(links).map(([file, text]) => {
			const parsed = parseMarkdownFile(file, text, PostLinkSchema);
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
			return { ...parsed.value, file };
		}),
		incomplete: false,
	} as unknown as ConversationDraft;
}

const link = (fields: string, body = '') => `---\n${fields}\nmotivation: linking\n---\n${body}`;
const on = (exact: string, extra = '') => `target:\n  contribution: c2\n  exact: ${exact}${extra}`;

describe('editorial links: the rules the build checks', () => {
	it('accepts words that occur once, linked to another post', () => {
		expect(
			checkPostLinks(
				conversationWith({ 'a.md': link(`id: a\n${on('her suggestion')}\nlink: c1`) }),
			),
		).toEqual([]);
	});

	it('refuses a body, a link to its own post, a repeated id, ambiguous words, and words another link claims', () => {
		const problems = checkPostLinks(
			conversationWith({
				'a.md': link(`id: a\n${on('her suggestion')}\nlink: c1`, 'An explanation.\n'),
				'b.md': link(`id: a\n${on('suggestion')}\nlink: c1`),
				'c.md': link(`id: c\n${on('Ann’s post')}\nlink: c1`),
				'd.md': link(`id: d\n${on('Ann’s post', '\n  suffix: ", and"')}\nlink: c2`),
			}),
		);
		expect(problems.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
			'a.md:9 body: must be empty: a link adds no words; write a margin note in annotations/ to explain',
			expect.stringMatching(/^b\.md:2 id: "a" is already the id of the link in a\.md/),
			expect.stringMatching(
				/^b\.md:5 target\.exact: overlaps the words the link in a\.md makes a link/,
			),
			expect.stringMatching(
				/^c\.md:5 target\.exact: "Ann’s post" occurs 2 times in contribution c2; add a prefix or suffix/,
			),
			expect.stringMatching(/^d\.md:7 link: is "c2", the contribution the words are in/),
		]);
	});

	it('refuses a motivation other than linking, naming the field', () => {
		const parsed = parseMarkdownFile(
			'e.md',
			`---\nid: e\n${on('x')}\nmotivation: commenting\nlink: c1\n---\n`,
			PostLinkSchema,
		);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.problems[0]).toMatchObject({
				file: 'e.md',
				field: 'motivation',
				line: 6,
				message: expect.stringMatching(/must be linking/),
			});
	});
});
