import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../src/lib/people-pages.ts';
import type { Person } from '../../src/model/model.ts';
import { contribution, conversation, speaker } from '../support/model.ts';

const obama: Person = {
	id: 'barack-obama',
	name: 'Barack Obama',
	sortName: 'Obama, Barack',
	aliases: [],
	mentions: ['Barack Obama', 'Obama'],
	role: 'President of the United States',
	sources: [],
	bioHtml: '',
	file: 'content/people/barack-obama.md',
};

describe('mentionsOf', () => {
	it('lists a paragraph’s mentions in reading order, even when the words before one are shortened', () => {
		const post = contribution(6, speaker('ann', 'Ann Author'));
		// The longer mention comes later, after more than eight words, so its context starts with "…".
		post.paragraphs = [
			'Obama spoke first, and then one two three four five six seven eight nine Barack Obama spoke again.',
		];
		const mentions = mentionsOf(
			{ conversations: [conversation([post])], speakers: [], people: [obama] },
			obama,
		);
		expect(mentions.map((m) => m.words)).toEqual(['Obama', 'Barack Obama']);
		expect(mentions[1]!.before.startsWith('…')).toBe(true);
		expect(mentions.map((m) => [m.href, m.locator])).toEqual([
			['/conversations/x/#c6-p1', '6.1'],
			['/conversations/x/#c6-p1', '6.1'],
		]);
	});
});
