import { describe, expect, it } from 'vitest';
import { replyLinks } from '../../src/lib/links.ts';
import { smallThread } from '../support/model.ts';

describe('reply links', () => {
	it('links replies on the thread to anchors, and on pages to pages', () => {
		const thread = smallThread();
		const c3 = thread.contributions[2]!;
		expect(replyLinks(thread, c3, 'thread').replyTo.map((l) => l.href)).toEqual(['#c2', '#c1']);
		expect(replyLinks(thread, c3, 'page').replyTo.map((l) => l.href)).toEqual([
			'/conversations/x/c2/',
			'/conversations/x/c1/',
		]);
		expect(replyLinks(thread, c3, 'thread').elsewhere.href).toBe('/conversations/x/c3/');
	});
});
