import { describe, expect, it } from 'vitest';
import { contributionPageModel } from '../../src/lib/contribution-page.ts';
import { smallThread } from '../support/model.ts';

describe('contribution page model', () => {
	it('quotes what a contribution answers and what answers it', () => {
		const thread = smallThread();
		const model = contributionPageModel(thread, thread.contributions[1]!);
		expect(model.title).toBe('2. Unnamed contributor: A Title?');
		expect(model.replyingTo).toEqual([
			{
				id: 'c1',
				href: '/conversations/x/c1/',
				text: '1 · Ann Author',
				excerpt: 'Paragraph one of 1.',
			},
		]);
		expect(model.answeredBy.map((l) => l.id)).toEqual(['c3']);
		expect(model.previous?.id).toBe('c1');
		expect(model.next?.id).toBe('c3');
	});
});
