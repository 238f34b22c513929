import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatPartialDate } from '../../src/lib/dates.ts';

describe('dates', () => {
	it('writes a day, a month and a year as readers do', () => {
		expect(formatPartialDate('2013-03-07')).toBe('7 March 2013');
		expect(formatPartialDate('2013-06')).toBe('June 2013');
		expect(formatPartialDate('2013')).toBe('2013');
	});

	it('writes spans as readers do', () => {
		expect(formatDateSpan('2013-03-05', '2013-03-07')).toBe('5–7 March 2013');
		expect(formatDateSpan('2013-02-28', '2013-03-02')).toBe('28 February – 2 March 2013');
		expect(formatDateSpan('2012-12-30', '2013-01-02')).toBe('30 December 2012 – 2 January 2013');
		expect(formatDateSpan('2013-03-05', '2013-03-05')).toBe('5 March 2013');
		expect(() => formatDateSpan('March', '2013-03-05')).toThrow(/ISO date/);
	});
});
