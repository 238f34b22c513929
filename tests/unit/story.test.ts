import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/loader/content-error.ts';
import { checkContent, loadEdition } from '../../src/loader/load-edition.ts';
import { fixtureProject } from '../support/fixtures.ts';

const TIMELINE = 'content/conversations/mini/timeline.yaml';
const AFTERWORD = 'content/conversations/mini/afterword.md';

/** One copy of the minimal fixture for the whole file: each case replaces files and puts them back. */
let projectDir: string;
beforeAll(() => {
	({ projectDir } = fixtureProject());
});

/** Runs `use` on the fixture with some files replaced, then restores them. */
function withFiles<T>(files: Record<string, string>, use: () => T): T {
	const saved = Object.keys(files).map(
		(file) => [file, readFileSync(path.join(projectDir, file), 'utf8')] as const,
	);
	try {
		for (const [file, text] of Object.entries(files))
			writeFileSync(path.join(projectDir, file), text);
		return use();
	} finally {
		for (const [file, text] of saved) writeFileSync(path.join(projectDir, file), text);
	}
}

/** The problems the loader reports for the minimal fixture with some files replaced. */
function problemsWith(files: Record<string, string>): readonly ContentProblem[] {
	return withFiles(files, () => {
		try {
			checkContent('content', projectDir);
		} catch (error) {
			if (error instanceof ContentError) return error.problems;
			throw error;
		}
		return [];
	});
}

const event = (fields: string) =>
	`events:\n  - id: one\n    date: 2013-03-04\n    event: It happened [@example2013report].\n${fields}`;

describe('timeline.yaml and afterword.md are checked like all content', () => {
	it('the minimal fixture, which has both, passes', () => {
		expect(problemsWith({})).toEqual([]);
	});

	it('refuses a day that is not on the calendar, and an end before the start', () => {
		const problems = problemsWith({ [TIMELINE]: event('    until: 2013-02-30\n') });
		expect(problems).toContainEqual({
			file: TIMELINE,
			field: 'events.0.until',
			line: 5,
			message: '2013-02-30 is not a day of the calendar',
		});
		expect(problems).toContainEqual({
			file: TIMELINE,
			field: 'events.0.until',
			line: 5,
			message: 'is 2013-02-30, which is not after `date` (2013-03-04)',
		});
	});

	it('refuses a paragraph the contribution does not have, and a note that does not exist', () => {
		const problems = problemsWith({
			[TIMELINE]: event('    posts: [c1-p3]\n    notes: [no-such-note]\n'),
		});
		expect(problems).toContainEqual({
			file: TIMELINE,
			field: 'events.0.posts.0',
			line: 5,
			message: 'is "c1-p3", but contribution c1 has 2 paragraphs',
		});
		expect(problems).toContainEqual({
			file: TIMELINE,
			field: 'events.0.notes.0',
			line: 6,
			message: 'is "no-such-note", but there is no note with that id in annotations/',
		});
	});

	it('refuses an unknown citation key, a misspelt field and a malformed date, each on its line', () => {
		const problems = problemsWith({
			[TIMELINE]:
				'events:\n  - id: one\n    date: 4 March 2013\n    event: It happened [@nosuchkey].\n    post: [c1]\n',
		});
		expect(problems).toContainEqual({
			file: TIMELINE,
			field: 'events.0.date',
			line: 3,
			message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
		});
		expect(problems).toContainEqual({
			file: TIMELINE,
			field: 'events.0.post',
			line: 5,
			message: 'is not a field this file can have (check its spelling)',
		});
		const keys = problemsWith({
			[TIMELINE]:
				'events:\n  - id: one\n    date: 2013-03-04\n    event: It happened [@nosuchkey].\n',
		});
		expect(keys).toContainEqual({
			file: TIMELINE,
			field: 'events.0.event',
			line: 4,
			message:
				'cites [@nosuchkey], which is not a key in content/conversations/mini/references.json',
		});
	});

	it('refuses invalid YAML with its line', () => {
		expect(
			problemsWith({ [TIMELINE]: 'events:\n  - id: one\n    date: [2013\n' })[0],
		).toMatchObject({
			file: TIMELINE,
			field: 'yaml',
			line: 4,
		});
	});

	it('refuses an afterword paragraph that cites nothing, and raw HTML in it', () => {
		const problems = problemsWith({
			[AFTERWORD]:
				'---\ntitle: What happened next\n---\n\nCited [@example2013report].\n\nNot cited at all.\n\n<div>raw</div>\n',
		});
		expect(problems).toContainEqual({
			file: AFTERWORD,
			field: 'body',
			line: 7,
			message: 'has a paragraph that cites no source; cite one as [@key]',
		});
		expect(problems).toContainEqual({
			file: AFTERWORD,
			field: 'body',
			line: 9,
			message: 'contains raw HTML ("<div>raw</div>"); use Markdown',
		});
	});

	it(
		'renders both, with citations linked to the references, which now include what they cite',
		{ timeout: 60_000 },
		() => {
			const conversation = loadEdition('content', projectDir).conversations[0]!;
			const [first, second] = conversation.story.timeline;
			expect(first).toMatchObject({
				id: 'report-published',
				date: '2013-03-04',
				cites: ['example2013report'],
				notes: [{ id: 'first', number: 1 }],
			});
			expect(first?.html).toMatch(
				/^An example report is published <cite class="citation" data-cites="example2013report" data-pagefind-ignore="">\(<a href="#ref-example2013report">Example Institute 2013<\/a>\)<\/cite>\.$/,
			);
			expect(second?.posts).toEqual([{ id: 'c2', contribution: 'c2', number: 2 }]);
			expect(conversation.story.afterword?.html).toMatch(
				/^<p>The report was read <cite class="citation"/,
			);
			expect(conversation.references.map((r) => r.id)).toEqual(['example2013report']);
		},
	);
});

describe('a timeline event as plain text', () => {
	it(
		'keeps the characters HTML escapes, and the citation as formatted',
		{ timeout: 60_000 },
		() => {
			const timeline = event('').replace('It happened', 'R&D happened, 2 < 3,');
			const [first] = withFiles(
				{ [TIMELINE]: timeline },
				() => loadEdition('content', projectDir).conversations[0]!.story.timeline,
			);
			expect(first?.html).toContain('R&#x26;D happened, 2 &#x3C; 3,');
			expect(first?.text).toBe('R&D happened, 2 < 3, (Example Institute 2013).');
		},
	);
});
