import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DIST, page } from '../../tools/dist.ts';

/**
 * The open data, checked with the standards' own material (vendored in `tests/standards/`):
 * the W3C Web Annotation test suite's assertions, the CSL-JSON schema, and a BibTeX parser.
 */
const THREAD = '/conversations/north-korea-sanctions-2013/';
const STANDARDS = path.resolve('tests/standards');
const W3C = path.join(STANDARDS, 'web-annotation-tests');

type Json = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

/** Draft-04 ignores every keyword beside a `$ref`; keep only the `$ref` (and what names the schema). */
function draft04(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(draft04);
	if (schema === null || typeof schema !== 'object') return schema;
	const entries = Object.entries(schema as Json);
	const kept =
		'$ref' in (schema as Json)
			? entries.filter(([key]) => ['$ref', 'id', '$schema', 'definitions'].includes(key))
			: entries;
	return Object.fromEntries(kept.map(([key, value]) => [key, draft04(value)]));
}

/** One assertion of the suite: its level and whether the data passed it. */
interface Outcome {
	assertion: string;
	type: 'must' | 'should' | 'may';
	passed: boolean;
	message: string;
}

const suite = new AjvDraft04({ strict: false, allErrors: false });
addFormats(suite);
for (const file of readdirSync(path.join(W3C, 'definitions')))
	suite.addSchema(draft04(readJson(path.join(W3C, 'definitions', file))) as Json);

/** Runs every assertion a `.test` file lists against some data. */
function runTestList(list: string, data: unknown): Outcome[] {
	const { assertions } = readJson(path.join(W3C, list)) as { assertions: string[] };
	return assertions.map((assertion) => {
		const schema = readJson(path.join(W3C, assertion)) as Json & {
			assertionType: Outcome['type'];
			expectedResult: string;
			errorMessage: string;
		};
		const validate =
			suite.getSchema(String(schema['id'])) ?? suite.compile(draft04(schema) as Json);
		const valid = validate(data) === true;
		return {
			assertion,
			type: schema.assertionType,
			passed: valid === (schema.expectedResult === 'valid'),
			message: schema.errorMessage,
		};
	});
}

const failed = (outcomes: Outcome[], type: Outcome['type']) =>
	outcomes
		.filter((o) => o.type === type && !o.passed)
		.map((o) => `${o.assertion}: ${o.message.trim()}`);

/**
 * SHOULD assertions about features the notes do not have, each with why; every other SHOULD
 * must pass. The suite phrases these as "Agents should have …", which applies only to an agent
 * that is given; the test checks the feature is indeed absent.
 */
const NOT_APPLICABLE: { prefix: string; absent: (annotation: Json) => boolean; why: string }[] = [
	{
		prefix: 'annotations/3.3.2-annotationGeneratorAgent',
		absent: (a) => !('generator' in a),
		why: 'no generator is given: the notes are the editors’ work, not a program’s',
	},
	{
		prefix: 'annotations/bodiesTargets/3.3.2-targCreatorAgent',
		absent: (a) => !('creator' in (a['target'] as Json)),
		why: 'the target is the archived post; its writer is not named as its creator here (several are unnamed)',
	},
	{
		prefix: 'annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody',
		absent: (a) =>
			(a['body'] as Json)['type'] === 'SpecificResource' && !('value' in (a['body'] as Json)),
		why: 'an editorial link has no embedded text: its body is a specific resource, the post it names',
	},
	{
		prefix: 'annotations/specificResource/4.2.1-conformsTo',
		absent: (a) => JSON.stringify(a['target']).includes('FragmentSelector') === false,
		why: 'conformsTo belongs to a FragmentSelector; the notes use TextQuoteSelectors',
	},
];

function applicableShoulds(outcomes: Outcome[], annotation: Json): string[] {
	return failed(outcomes, 'should').filter((failure) => {
		const rule = NOT_APPLICABLE.find((r) => failure.startsWith(r.prefix));
		return rule === undefined || !rule.absent(annotation);
	});
}

const collection = readJson(`${DIST}${THREAD}annotations.jsonld`) as Json & {
	'@context': unknown;
	first: Json & { items: Json[] };
};
const context = collection['@context'];

describe('annotations.jsonld against the W3C Web Annotation test suite', () => {
	it('every annotation passes every MUST and SHOULD assertion', () => {
		expect(collection.first.items.length).toBeGreaterThanOrEqual(20);
		for (const item of collection.first.items) {
			// An embedded annotation is tested alone, under the collection's context.
			const annotation = { '@context': context, ...item };
			const outcomes = [
				'annotations/annotationMusts.test',
				'annotations/annotationOptionals.test',
				'annotations/annotationsAgentOptionals.test',
			].flatMap((list) => runTestList(list, annotation));
			expect(outcomes.filter((o) => o.type === 'must').length).toBeGreaterThan(40);
			expect(failed(outcomes, 'must'), String(item['id'])).toEqual([]);
			expect(applicableShoulds(outcomes, annotation), String(item['id'])).toEqual([]);
		}
	});

	it('the collection passes every MUST and SHOULD assertion, and so does its page', () => {
		const collectionOutcomes = [
			'collections/collectionMusts.test',
			'collections/collectionOptionals.test',
		].flatMap((list) => runTestList(list, collection));
		expect(failed(collectionOutcomes, 'must')).toEqual([]);
		expect(failed(collectionOutcomes, 'should')).toEqual([]);
		const page = { '@context': context, ...collection.first };
		const pageOutcomes = [
			'collections/pages/pageMusts.test',
			'collections/pages/pageOptionals.test',
		].flatMap((list) => runTestList(list, page));
		expect(pageOutcomes.length).toBeGreaterThan(20);
		expect(failed(pageOutcomes, 'must')).toEqual([]);
		expect(failed(pageOutcomes, 'should')).toEqual([]);
	});

	it('the suite catches what it should: a note without a target, or with a made-up motivation', () => {
		const [first] = collection.first.items;
		const { target, ...untargeted } = first!;
		expect(target).toBeDefined();
		expect(
			failed(
				runTestList('annotations/annotationMusts.test', { '@context': context, ...untargeted }),
				'must',
			).length,
		).toBeGreaterThan(0);
		const made = runTestList('annotations/annotationOptionals.test', {
			'@context': context,
			...first,
			motivation: 'correcting',
		});
		expect(applicableShoulds(made, first!)).toEqual([
			expect.stringContaining('3.3.5-annotationSingleMotivationImplemented'),
		]);
	});
});

describe('CSL-JSON against the CSL schema', () => {
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	const validate = ajv.compile(readJson(path.join(STANDARDS, 'csl/csl-data.json')) as Json);
	const files = [
		`${THREAD}references.json`,
		...readdirSync(`${DIST}${THREAD}`, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && /^c\d+$/.test(entry.name))
			.map((entry) => `${THREAD}${entry.name}/cite.json`),
	];

	it('references.json and every contribution’s cite.json are valid', () => {
		expect(files.length).toBeGreaterThanOrEqual(8);
		for (const file of files) {
			const data = readJson(`${DIST}${file}`);
			expect(validate(data), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
		}
	});
});

describe('BibTeX and biblatex', () => {
	/** The fields BibTeX's standard styles read in `@misc` (btxdoc), and biblatex's in `@online`. */
	const MISC = ['author', 'title', 'howpublished', 'month', 'year', 'note', 'key'];
	const ONLINE = [
		'author',
		'editor',
		'title',
		'subtitle',
		'titleaddon',
		'language',
		'langid',
		'version',
		'note',
		'organization',
		'date',
		'month',
		'year',
		'addendum',
		'pubstate',
		'url',
		'urldate',
	];
	const MONTHS = [
		'jan',
		'feb',
		'mar',
		'apr',
		'may',
		'jun',
		'jul',
		'aug',
		'sep',
		'oct',
		'nov',
		'dec',
	];

	// Each contribution's "cite this" is on its own page; the thread links to it.
	const blocks = Array.from({ length: 7 }, (_, i) => {
		const $ = page(`${THREAD}c${i + 1}/`);
		const block = $('details.cite-this');
		return {
			id: block.attr('id')!,
			url: `${THREAD}c${i + 1}/`,
			bibtex: block.find('dt:contains("BibTeX") + dd code').text(),
			biblatex: block.find('dt:contains("biblatex") + dd code').text(),
		};
	});

	it('every contribution offers both, and a real parser reads each entry without an error', () => {
		expect(blocks.length).toBe(7);
		for (const block of blocks) {
			for (const text of [block.bibtex, block.biblatex]) {
				const library = parseBibtex(text);
				expect(library.errors, block.id).toEqual([]);
				expect(library.entries, block.id).toHaveLength(1);
			}
		}
	});

	it('BibTeX @misc: only fields BibTeX reads, an author or a key to sort by, the month as a macro, the URL kept', () => {
		for (const block of blocks) {
			const raw = block.bibtex;
			expect(raw, block.id).toMatch(/^@misc\{north_korea_sanctions_2013_c\d,/);
			const fields = [...raw.matchAll(/^\t(\w+) = /gm)].map((m) => m[1]!);
			expect(
				fields.filter((f) => !MISC.includes(f)),
				block.id,
			).toEqual([]);
			expect(
				fields.includes('author') || fields.includes('key'),
				`${block.id} sorts by author or key`,
			).toBe(true);
			const month = /^\tmonth = (\w+),$/m.exec(raw)?.[1];
			expect(MONTHS, block.id).toContain(month);
			const entry = parseBibtex(raw).entries[0]!;
			expect(entry.fields['howpublished'], block.id).toContain(
				'https://conversations.example.org/conversations/north-korea-sanctions-2013/',
			);
		}
	});

	it('biblatex @online: only its fields, with the date and the URL', () => {
		for (const block of blocks) {
			const fields = [...block.biblatex.matchAll(/^\t(\w+) = /gm)].map((m) => m[1]!);
			expect(block.biblatex, block.id).toMatch(/^@online\{north_korea_sanctions_2013_c\d,/);
			expect(
				fields.filter((f) => !ONLINE.includes(f)),
				block.id,
			).toEqual([]);
			const entry = parseBibtex(block.biblatex).entries[0]!;
			expect(entry.fields['date']).toBe('2013-03');
			expect(entry.fields['url']).toMatch(
				/^https:\/\/conversations\.example\.org\/conversations\/north-korea-sanctions-2013\/c\d\/$/,
			);
		}
	});
});
