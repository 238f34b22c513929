import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/loader/content-error.ts';
import { loadEdition } from '../../src/loader/load-edition.ts';
import { fixtureProject } from '../support/fixtures.ts';

const C = 'content/conversations/mini/contributions';
const A = 'content/conversations/mini/annotations';

/** Each broken fixture, and the problem an editor must be shown for it. */
const cases: Record<string, Required<Omit<ContentProblem, 'message'>> & { message: RegExp }> = {
	'unknown-speaker': {
		file: `${C}/02-reply.md`,
		field: 'speaker',
		line: 4,
		message: /"unnamed-c".*no such speaker.*known: ann-author, unnamed-b/,
	},
	'missing-field': { file: `${C}/02-reply.md`, field: 'boundary', line: 2, message: /^is required$/ },
	'malformed-yaml': { file: `${C}/02-reply.md`, field: 'frontmatter', line: 7, message: /not valid YAML/ },
	'unknown-field': { file: `${C}/02-reply.md`, field: 'replyto', line: 8, message: /not a field.*spelling/ },
	'duplicate-id': {
		file: `${C}/02-reply.md`,
		field: 'id',
		line: 2,
		message: /"c1" is already the id of the contribution in .*01-first\.md/,
	},
	'reply-to-missing': { file: `${C}/02-reply.md`, field: 'replyTo.1', line: 8, message: /"c9".*no contribution with that id/ },
	'reply-to-later': {
		file: `${C}/01-first.md`,
		field: 'replyTo.0',
		line: 9,
		message: /"c2" \(contribution 2\).*only answer one that comes before/,
	},
	'empty-contribution': { file: `${C}/02-reply.md`, field: 'body', line: 11, message: /is empty/ },
	'drifted-paragraph': {
		file: `${C}/01-first.md`,
		field: 'body',
		line: 15,
		message: /paragraph 1\.2 does not match .*source\.txt line 9.*character 31/,
	},
	'raw-html': { file: `${C}/02-reply.md`, field: 'body', line: 14, message: /raw HTML.*<script>/ },
	'name-without-evidence': {
		file: `${C}/02-reply.md`,
		field: 'attribution.basis',
		line: 6,
		message: /"none", but speaker "ann-author" has a name/,
	},
	'evidence-not-in-text': {
		file: `${C}/02-reply.md`,
		field: 'attribution.quote',
		line: 7,
		message: /"Ann wrote this too" does not occur in contribution "c1"/,
	},
	'numbering-gap': { file: `${C}/02-reply.md`, field: 'number', line: 3, message: /is 3, but this is contribution 2/ },
	'unnamed-without-reason': {
		file: 'content/speakers/unnamed-b.md',
		field: 'unnamedReason',
		line: 2,
		message: /required when there is no `name`/,
	},
	'bad-date': { file: 'content/conversations/mini/conversation.md', field: 'date.earliest', line: 11, message: /YYYY-MM-DD/ },
	'note-quote-missing': {
		file: `${A}/first.md`,
		field: 'target.exact',
		line: 5,
		message: /"Fist paragraph" does not occur in contribution c1/,
	},
	'note-quote-ambiguous': {
		file: `${A}/first.md`,
		field: 'target.exact',
		line: 5,
		message: /"paragraph by Ann" occurs 2 times in contribution c1; add a prefix or suffix/,
	},
	'note-overlap': {
		file: `${A}/overlap.md`,
		field: 'target.exact',
		line: 5,
		message: /overlaps the words the note in .*first\.md explains/,
	},
	'unknown-citation-key': {
		file: `${A}/first.md`,
		field: 'body',
		line: 9,
		message: /cites \[@nosuchwork2013\], which is not a key in .*references\.json/,
	},
	'note-without-citation': { file: `${A}/first.md`, field: 'body', line: 8, message: /cites no reference/ },
	'unknown-person': { file: `${A}/first.md`, field: 'people.1', line: 7, message: /"bob-nobody", but there is no such person/ },
	'alias-claimed-twice': {
		file: 'content/people/bea-other.md',
		field: 'aliases.0',
		line: 4,
		message: /"A\. Author" already names ann-author/,
	},
	'malformed-references': { file: 'content/conversations/mini/references.json', field: 'json', line: 6, message: /is not valid JSON/ },
	'reference-missing-title': { file: 'content/conversations/mini/references.json', field: '[0].title', line: 2, message: /^is required$/ },
};

function problemsFor(brokenCase: string): readonly ContentProblem[] {
	const { projectDir } = fixtureProject(brokenCase);
	try {
		loadEdition('content', projectDir);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	throw new Error(`${brokenCase}: the content loaded without complaint`);
}

describe('each class of editor mistake stops the build with file, field and line', () => {
	it('has a test for every broken fixture folder', () => {
		expect(Object.keys(cases).sort()).toEqual(readdirSync('tests/fixtures/broken').sort());
	});

	for (const [name, expected] of Object.entries(cases)) {
		it(name, () => {
			const problems = problemsFor(name);
			expect(problems).toContainEqual({
				file: expected.file,
				field: expected.field,
				line: expected.line,
				message: expect.stringMatching(expected.message),
			});
		});
	}

	it('a broken references.json is reported once, not again by every note that cites it', () => {
		expect(problemsFor('malformed-references')).toHaveLength(1);
	});

	it('the valid fixture loads', () => {
		const { projectDir } = fixtureProject();
		const edition = loadEdition('content', projectDir);
		expect(edition.conversations[0]?.contributions.map((c) => c.id)).toEqual(['c1', 'c2']);
	});

	it('formats one problem a line, file:line first', () => {
		const error = new ContentError([{ file: 'content/a.md', field: 'speaker', line: 4, message: 'is wrong' }]);
		expect(error.message).toBe('The content has 1 problem:\n  content/a.md:4 speaker: is wrong');
	});
});
