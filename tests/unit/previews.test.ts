import { describe, expect, it } from 'vitest';
import { previewData } from '../../src/lib/previews.ts';
import type { Person } from '../../src/model/model.ts';
import { contribution, conversation, speaker } from '../support/model.ts';

describe('previewData: a conversation’s posts and the people its posts link to', () => {
	const ann = speaker('ann', 'Ann Author');
	const c1 = {
		...contribution(1, ann),
		html: '<p><a class="person" href="/people/cui-tiankai/">Cui</a></p>',
	};
	const c2 = contribution(2, speaker('unnamed-b'), ['c1']);
	const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
		id,
		name,
		sortName: name,
		aliases: [],
		mentions: [],
		role: `Role of ${name}`,
		sources: [],
		bioHtml: '',
		file: `content/people/${id}.md`,
		...extra,
	});
	const people = [
		person('cui-tiankai', 'Cui Tiankai', { chineseName: '崔天凯', aliases: ['Cui'] }),
		person('kerry', 'John Kerry'),
	];
	const result = previewData({ conversations: [], speakers: [], people }, conversation([c1, c2]));

	it('every post by path, with its writer as the edition names them and its first words', () => {
		expect(result.posts['/conversations/x/c1/']).toEqual({
			title: 'Contribution 1',
			by: 'Ann Author',
			text: 'Paragraph one of 1.',
		});
		expect(result.posts['/conversations/x/c2/']?.by).toBe('Unnamed contributor');
	});

	it('only the people linked from its posts, with their other names tagged', () => {
		expect(result.people).toEqual({
			'/people/cui-tiankai/': {
				name: 'Cui Tiankai',
				role: 'Role of Cui Tiankai',
				names: [{ text: '崔天凯', lang: 'zh-Hans' }, { text: 'Cui' }],
			},
		});
	});
});
