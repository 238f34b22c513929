import type { Contribution, Conversation, Speaker } from '../../src/model/model.ts';

/** Small in-memory edition pieces for unit tests of the page logic. */
export function speaker(id: string, name?: string, extra: Partial<Speaker> = {}): Speaker {
	return {
		id,
		...(name ? { name } : { unnamedReason: 'No byline.' }),
		nameIsPartial: false,
		sortName: name ?? id,
		sources: [],
		bioHtml: '',
		file: `content/speakers/${id}.md`,
		...extra,
	};
}

export function contribution(
	number: number,
	who: Speaker,
	replyTo: string[] = [],
	replies: string[] = [],
): Contribution {
	return {
		id: `c${number}`,
		number,
		speaker: who,
		attribution: who.name
			? { basis: 'byline', quote: `${who.name}:`, note: 'Printed.' }
			: { basis: 'none', note: 'No byline.' },
		replyTo,
		replies,
		boundary: 'A break.',
		paragraphs: [`Paragraph one of ${number}.`, `Paragraph two of ${number}.`],
		html: '',
		citations: {
			styles: [],
			bibtex: '',
			biblatex: '',
			item: { id: `x-c${number}`, type: 'post' },
			paragraphs: [],
		},
		file: `content/conversations/x/contributions/0${number}.md`,
	};
}

export function conversation(contributions: Contribution[]): Conversation {
	return {
		id: 'x',
		title: 'A Title?',
		series: 'A Series',
		question: 'A question?',
		source: { url: 'https://example.org/x', publisher: 'Example', file: 'source.txt' },
		date: { label: 'March 2013', earliest: '2013-03-05', latest: '2013-03-07', basis: 'Events.' },
		introHtml: '',
		contributions,
		annotations: [],
		links: [],
		references: [],
		story: { timeline: [] },
		file: 'content/conversations/x/conversation.md',
	};
}

/** Ann opens; an unnamed writer answers her; Ann answers both. */
export function smallThread(): Conversation {
	const ann = speaker('ann', 'Ann Author');
	const anon = speaker('anon');
	return conversation([
		contribution(1, ann, [], ['c2', 'c3']),
		contribution(2, anon, ['c1'], ['c3']),
		contribution(3, ann, ['c2', 'c1']),
	]);
}
