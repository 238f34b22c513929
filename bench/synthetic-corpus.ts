import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A deterministic synthetic corpus for the scale benchmark: `count` conversations shaped like the
 * real one (seven contributions of 5, 6, 1, 3, 3, 2 and 1 paragraphs, bylines in the archive,
 * replies, three margin notes a contribution citing a references.json, people mentioned), from
 * a seed, so every run builds the same content. It passes every check the real content must.
 */
export function writeSyntheticCorpus(
	contentDir: string,
	count: number,
	seed = 2013,
): { speakers: number; people: number; queries: string[] } {
	const random = mulberry32(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	rmSync(contentDir, { recursive: true, force: true });
	const dir = (...parts: string[]) => {
		const full = path.join(contentDir, ...parts);
		mkdirSync(full, { recursive: true });
		return full;
	};

	// Speakers and people: distinct invented names, from syllables.
	const names = new Set<string>();
	const inventName = () => {
		let name: string;
		do name = `${capital(word(random, 2))} ${capital(word(random, 3))}`;
		while (names.has(name));
		names.add(name);
		return name;
	};
	const speakers = Array.from({ length: 60 }, () => inventName());
	// Speaker files are written at the end, for the speakers some post names: the build refuses a speaker who wrote nothing.
	const used = new Set<number>();
	writeFileSync(
		path.join(dir('speakers'), 'unnamed-writer.md'),
		'---\nid: unnamed-writer\nunnamedReason: The synthetic archive prints no byline.\n---\n\nUnknown.\n',
	);
	const people = Array.from({ length: 150 }, () => inventName());
	const han = '天地人和平安明清文武东西南北中华国民';
	people.forEach((name, i) => {
		const chinese =
			i % 3 === 0
				? `\nchineseName: ${Array.from({ length: 3 }, () => pick([...han])).join('')}${i}`
				: '';
		writeFileSync(
			path.join(dir('people'), `person-${i}.md`),
			`---\nid: person-${i}\nname: ${name}${chinese}\naliases: [${name.replace(' ', '-')}]\nmentions: [${name}]\nrole: A synthetic person\n---\n\nMentioned in the synthetic corpus.\n`,
		);
	});

	const shape = [5, 6, 1, 3, 3, 2, 1];
	for (let c = 0; c < count; c++) {
		const id = `synthetic-${String(c).padStart(4, '0')}`;
		const title = `${capital(sentence(random, 8))}?`;
		const series = 'A Synthetic Conversation';
		const base = dir('conversations', id);
		const contributionsDir = dir('conversations', id, 'contributions');
		const annotationsDir = dir('conversations', id, 'annotations');
		const references = Array.from({ length: 8 }, (_, r) => ({
			id: `ref-${r}`,
			type: 'report',
			title: capital(sentence(random, 6)),
			author: [{ literal: `Publisher ${r}` }],
			issued: { 'date-parts': [[2010 + r, 1 + r, 1 + r]] },
			URL: `https://example.org/${id}/ref-${r}`,
		}));
		writeFileSync(path.join(base, 'references.json'), JSON.stringify(references, null, 2));
		writeFileSync(
			path.join(base, 'conversation.md'),
			`---\nid: ${id}\ntitle: "${title}"\nseries: ${series}\nquestion: "${title}"\nsource:\n  url: https://example.org/${id}\n  publisher: Example\ndate:\n  label: March 2013\n  earliest: 2013-03-05\n  latest: 2013-03-07\n  basis: Synthetic.\n---\n\nA synthetic conversation for the scale benchmark.\n`,
		);
		const archive: string[] = [title, series];
		shape.forEach((paragraphCount, index) => {
			const number = index + 1;
			const unnamed = number === 3;
			const speaker = pick(speakers);
			const speakerId = unnamed ? 'unnamed-writer' : `speaker-${speakers.indexOf(speaker)}`;
			const paragraphs = Array.from({ length: paragraphCount }, () =>
				paragraph(random, people, pick),
			);
			if (!unnamed) archive.push(`${speaker}:`);
			if (!unnamed) used.add(speakers.indexOf(speaker));
			archive.push(...paragraphs);
			const attribution = unnamed
				? 'attribution:\n  basis: none\n  note: No byline.'
				: `attribution:\n  basis: byline\n  quote: "${speaker}:"\n  note: The byline stands above the post.`;
			const replyTo =
				number === 1 ? '[]' : number > 3 ? `[c${number - 1}, c1]` : `[c${number - 1}]`;
			writeFileSync(
				path.join(contributionsDir, `0${number}-post.md`),
				`---\nid: c${number}\nnumber: ${number}\nspeaker: ${speakerId}\n${attribution}\nreplyTo: ${replyTo}\nreplyNote: It answers the post before.\nboundary: A byline or a wider break.\n---\n\n${paragraphs.join('\n\n')}\n`,
			);
			// Three notes, each on a phrase found once in this contribution, in different places.
			const text = paragraphs.join('\n');
			let made = 0;
			const claimed: string[] = [];
			for (let attempt = 0; attempt < 40 && made < 3; attempt++) {
				const words = pick(paragraphs).split(' ');
				const start = Math.floor(random() * Math.max(1, words.length - 3));
				const exact = words
					.slice(start, start + 3)
					.join(' ')
					.replace(/[.,]$/, '');
				if (
					exact.split(' ').length < 3 ||
					text.split(exact).length !== 2 ||
					claimed.some(
						(other) =>
							other.includes(exact) || exact.includes(other) || overlaps(text, exact, other),
					)
				)
					continue;
				claimed.push(exact);
				made += 1;
				writeFileSync(
					path.join(annotationsDir, `c${number}-note-${made}.md`),
					`---\nid: c${number}-note-${made}\ntarget:\n  contribution: c${number}\n  exact: "${exact}"\nmotivation: commenting\n---\n\n${capital(sentence(random, 18))} [@ref-${Math.floor(random() * 8)}].\n`,
				);
			}
		});
		writeFileSync(path.join(base, 'source.txt'), archive.join('\n\n'));
	}
	for (const i of [...used].sort((a, b) => a - b)) {
		writeFileSync(
			path.join(dir('speakers'), `speaker-${i}.md`),
			`---\nid: speaker-${i}\nname: ${speakers[i]}\naffiliation: Institute ${i}\n---\n\nA synthetic speaker.\n`,
		);
	}
	// Queries for the benchmark: a person's name, a surname alone, and a word of the text.
	return {
		speakers: used.size + 1,
		people: people.length,
		queries: [people[0]!, people[1]!.split(' ')[1]!, SYLLABLES[3]! + SYLLABLES[7]!],
	};
}

/** Whether two phrases, each found once in a text, share any characters there. */
function overlaps(text: string, a: string, b: string): boolean {
	const start = text.indexOf(a);
	const other = text.indexOf(b);
	return start < other + b.length && other < start + a.length;
}

const SYLLABLES = [
	'an',
	'bel',
	'cor',
	'da',
	'el',
	'fen',
	'gar',
	'hol',
	'in',
	'jor',
	'ka',
	'lin',
	'mar',
	'nor',
	'ol',
	'pen',
	'quin',
	'ros',
	'sal',
	'tor',
	'ul',
	'ven',
	'wen',
	'xan',
	'yor',
	'zel',
];

function word(random: () => number, syllables: number): string {
	return Array.from(
		{ length: syllables },
		() => SYLLABLES[Math.floor(random() * SYLLABLES.length)],
	).join('');
}

function sentence(random: () => number, words: number): string {
	return Array.from({ length: words }, () => word(random, 1 + Math.floor(random() * 3))).join(' ');
}

function paragraph(
	random: () => number,
	people: readonly string[],
	pick: <T>(items: readonly T[]) => T,
): string {
	const sentences = Array.from({ length: 4 + Math.floor(random() * 4) }, () => {
		let s = sentence(random, 8 + Math.floor(random() * 10));
		if (random() < 0.3) s += ` said ${pick(people)} once`;
		return `${capital(s)}.`;
	});
	return sentences.join(' ');
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
