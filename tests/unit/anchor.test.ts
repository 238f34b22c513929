import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/annotations/anchor.ts';

const paragraphs = ['Cui Tiankai spoke. Later Cui spoke again.', 'The CPPCC met; Cui was there.'];

describe('locateQuote: exact anchoring only', () => {
	it('finds a quote that occurs once', () => {
		expect(locateQuote(paragraphs, { exact: 'CPPCC' })).toEqual({
			ok: true,
			anchor: { paragraph: 1, start: 4, end: 9 },
		});
	});

	it('refuses a quote that occurs more than once, across paragraphs too', () => {
		expect(locateQuote(paragraphs, { exact: 'Cui' })).toEqual({
			ok: false,
			reason: 'ambiguous',
			count: 3,
		});
	});

	it('tells repeated words apart by prefix or suffix, anchoring on the exact words only', () => {
		expect(locateQuote(paragraphs, { exact: 'Cui', prefix: 'Later ' })).toEqual({
			ok: true,
			anchor: { paragraph: 0, start: 25, end: 28 },
		});
		expect(locateQuote(paragraphs, { exact: 'Cui', suffix: ' was' })).toEqual({
			ok: true,
			anchor: { paragraph: 1, start: 15, end: 18 },
		});
	});

	it('reports a missing quote, and never matches loosely', () => {
		expect(locateQuote(paragraphs, { exact: 'Cui  Tiankai' })).toEqual({
			ok: false,
			reason: 'missing',
			count: 0,
		});
		expect(locateQuote(paragraphs, { exact: 'cui tiankai' })).toMatchObject({
			ok: false,
			reason: 'missing',
		});
		expect(locateQuote(paragraphs, { exact: 'spoke. The CPPCC' })).toMatchObject({
			ok: false,
			reason: 'missing',
		});
	});
});
