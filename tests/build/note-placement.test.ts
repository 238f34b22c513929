import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wholeWords } from '../../src/core/whole-words.ts';
import { DIST } from '../../tools/dist.ts';

/**
 * A note sits at the first words it explains: a reader meets the explanation the first time the
 * person, term or event appears in the thread, not in a later post. Every note of the thread
 * declares here the words it explains (a new note that is missing fails the test below); those
 * words must fall inside the note's quote, and must not occur anywhere earlier in the thread
 * (read in order, contribution by contribution, paragraph by paragraph; case matters).
 */
const explains: Record<string, string> = {
	// Contribution 1
	'resolution-2094': 'draft resolution',
	dprk: 'DPRK',
	'xi-jinping': 'Xi Jinping',
	'libya-resolution-1973': 'Libya',
	'syria-veto': 'vetoed',
	'traditional-ally': 'traditional ally',
	'barrack-obama': 'Obama',
	'xi-washington-2012': 'visited Washington',
	'hu-report-wording': 'win-win',
	// Contribution 2
	'third-nuclear-test': 'nuclear test',
	'diplomats-and-cash': 'transferring cash',
	'sea-claims-2012': 'South China Sea',
	'peaceful-rise': 'peaceful',
	'park-geun-hye': 'South Korea',
	'worsening-it': 'worsening.It',
	iran: 'Iran',
	'mao-xinyu': 'criticized',
	'previous-sanctions': 'three previous rounds',
	'chinese-enforcement': 'Chinese banks',
	// Contribution 3
	'icbm-claim': 'intercontinental ballistic missile',
	'anti-missile-defenses': 'anti-missile',
	// Contribution 4
	'mass-incidents': 'social unrest',
	suzanne: 'Suzanne',
	'six-party-talks-and-2006-warning': 'Six Party Talks',
	// Contribution 5
	'orville-schell': 'Orville',
	'security-council-chair': 'Security Council chair',
	'call-for-calm': 'call for calm',
	'lucy-football': 'Lucy',
	// Contribution 6
	'cui-tiankai': 'Cui Tiankai',
	'the-beijing': 'CPPCC',
	'draft-not-leaked': 'leaked',
	'lee-myung-bak-policy': 'The last five years',
	'sanctioned-since-1950': 'sanctioned since it came into existence',
	'kim-jong-un': 'Kim Jong Un',
	'secretary-kerry': 'Kerry',
	// Contribution 7
	'bi-lateral': 'bi-lateral',
};
// Words a note explains besides its headword, which must sit inside the same quote.
const alsoExplains: Record<string, string[]> = {
	'resolution-2094': ['stricter sanctions'],
	'syria-veto': ['Syria'],
	'sea-claims-2012': ['East China Sea'],
	'mao-xinyu': ['yesterday'],
	'six-party-talks-and-2006-warning': ['heads-up', 'armistice'],
	'cui-tiankai': ['next ambassador'],
	'the-beijing': ['the Beijing'],
	'kim-jong-un': ['his father'],
};

const THREAD = '/conversations/north-korea-sanctions-2013/';
const thread = JSON.parse(readFileSync(`${DIST}${THREAD}thread.json`, 'utf8')) as {
	contributions: { id: string; url: string; paragraphs: { text: string }[] }[];
};
const notes = (
	JSON.parse(readFileSync(`${DIST}${THREAD}annotations.jsonld`, 'utf8')) as {
		first: {
			items: {
				id: string;
				target: { source: { id: string }; selector: { exact: string; prefix?: string } };
			}[];
		};
	}
).first.items;

/** Every paragraph of the thread in reading order, with its place. */
const paragraphs = thread.contributions.flatMap((c) =>
	c.paragraphs.map((p, index) => ({ contribution: c, index, text: p.text })),
);

/** The place of a note's quote in reading order: paragraph position and character range. */
function placeOf(id: string) {
	const note = notes.find((n) => n.id.endsWith(`#note-${id}`));
	if (!note) throw new Error(`no note "${id}" in the thread's annotations`);
	const { exact, prefix = '' } = note.target.selector;
	const at = paragraphs.findIndex(
		(p) =>
			note.target.source.id.replace(/\/$/, '').endsWith(`/${p.contribution.id}`) &&
			p.text.includes(prefix + exact),
	);
	expect(at, `the quote of ${id} is in its contribution`).toBeGreaterThanOrEqual(0);
	const start = paragraphs[at]!.text.indexOf(prefix + exact) + prefix.length;
	return { paragraph: at, start, end: start + exact.length, exact };
}

/** The first place in the thread where `words` stand as whole words. */
function firstOccurrence(words: string) {
	for (const [paragraph, p] of paragraphs.entries()) {
		const match = wholeWords([words]).exec(p.text);
		if (match) return { paragraph, start: match.index, end: match.index + words.length };
	}
	throw new Error(`"${words}" does not occur in the thread`);
}

describe('each note sits at the first words it explains', () => {
	it('every note of the thread declares the words it explains, and only notes of the thread are declared', () => {
		// annotations.jsonld also holds the editorial links (#link-…), which explain nothing.
		const ids = notes
			.filter((note) => note.id.includes('#note-'))
			.map((note) => note.id.slice(note.id.lastIndexOf('#note-') + '#note-'.length));
		ids.sort();
		expect(ids.length).toBeGreaterThan(0);
		expect(Object.keys(explains).sort()).toEqual(ids);
		for (const id of Object.keys(alsoExplains))
			expect(explains, `alsoExplains names "${id}"`).toHaveProperty(id);
	});

	for (const [id, words] of Object.entries(explains)) {
		it(`${id}: at the first "${words}"${alsoExplains[id] ? ` (and "${alsoExplains[id].join('", "')}")` : ''}`, () => {
			const note = placeOf(id);
			for (const term of [words, ...(alsoExplains[id] ?? [])]) {
				const first = firstOccurrence(term);
				expect(first.paragraph, `"${term}" first occurs in the paragraph of ${id}`).toBe(
					note.paragraph,
				);
				expect(
					first.start >= note.start && first.end <= note.end,
					`"${term}" first occurs inside "${note.exact}"`,
				).toBe(true);
			}
		});
	}
});
