import { describe, expect, it } from 'vitest';
import { dateViews, timelineView } from '../../src/lib/timeline.ts';

describe('timeline dates and links as the page shows them', () => {
	it('splits a span so that each end keeps its own <time>', () => {
		expect(dateViews('2013-06-07', '2013-06-08')).toEqual({
			start: { datetime: '2013-06-07', label: '7' },
			end: { datetime: '2013-06-08', label: '8 June 2013' },
		});
		expect(dateViews('2013-02-28', '2013-03-02')).toEqual({
			start: { datetime: '2013-02-28', label: '28 February' },
			end: { datetime: '2013-03-02', label: '2 March 2013' },
		});
		expect(dateViews('2013-03')).toEqual({ start: { datetime: '2013-03', label: 'March 2013' } });
	});

	it('names paragraphs by locator and notes by number, in reading order', () => {
		const [view] = timelineView([
			{
				id: 'x',
				date: '2013-03-07',
				html: 'X',
				text: 'X',
				cites: ['k'],
				posts: [
					{ id: 'c6-p2', contribution: 'c6', number: 6, paragraph: 2 },
					{ id: 'c7', contribution: 'c7', number: 7 },
				],
				notes: [
					{ id: 'later', number: 12 },
					{ id: 'earlier', number: 3 },
				],
			},
		]);
		expect(view?.anchor).toBe('timeline-x');
		expect(view?.posts).toEqual([
			{ href: '#c6-p2', label: '¶ 6.2' },
			{ href: '#c7', label: 'contribution 7' },
		]);
		expect(view?.notes.map((note) => note.label)).toEqual(['note 3', 'note 12']);
	});
});
