import { describe, expect, it } from 'vitest';
import { neighbours, replyEdges } from '../../src/lib/reply-graph.ts';
import { smallThread } from '../support/model.ts';

describe('reply graph', () => {
	it('lists every answer, the main target first', () => {
		expect(replyEdges(smallThread().contributions)).toEqual([
			{ from: 'c2', to: 'c1', main: true },
			{ from: 'c3', to: 'c2', main: true },
			{ from: 'c3', to: 'c1', main: false },
		]);
	});

	it('finds previous and next', () => {
		const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
		expect(neighbours(items, 'a')).toEqual({ next: { id: 'b' } });
		expect(neighbours(items, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
		expect(neighbours(items, 'c')).toEqual({ previous: { id: 'b' } });
	});
});
