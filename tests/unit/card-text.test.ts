import { describe, expect, it } from 'vitest';
import { cardAlt, cardText } from '../../src/cards/card-text.ts';
import { smallThread } from '../support/model.ts';

describe('cardText', () => {
	it('names the writer as the evidence allows, and says why a name is missing', () => {
		const thread = smallThread();
		const named = cardText(thread, thread.contributions[0]!);
		expect(named).toEqual({
			site: 'ChinaFile Conversations, annotated',
			title: 'A Title?',
			position: 'Contribution 1 of 3',
			writer: 'Ann Author',
			opening: 'Paragraph one of 1.',
		});
		const unnamed = cardText(thread, thread.contributions[1]!);
		expect(unnamed.writer).toBe('Unnamed contributor');
		expect(unnamed.qualifier).toBe('no byline in the archived text');
		expect(cardAlt(unnamed)).toBe(
			'A Title? — Contribution 2 of 3, Unnamed contributor (no byline in the archived text): “Paragraph one of 2.”',
		);
	});
});
