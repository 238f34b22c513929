import { describe, expect, it } from 'vitest';
import { summariseAttribution } from '../../src/lib/attribution.ts';
import { smallThread } from '../support/model.ts';

describe('attribution summary', () => {
	it('words each basis for readers', () => {
		const thread = smallThread();
		expect(summariseAttribution(thread.contributions[0]!, thread.contributions).label).toBe(
			'byline in the archived text',
		);
		expect(summariseAttribution(thread.contributions[1]!, thread.contributions).label).toBe(
			'not named in the archived text',
		);
		const inferred = {
			...thread.contributions[2]!,
			attribution: { basis: 'inferred' as const, quote: 'q', in: 'c2', note: 'n' },
		};
		expect(summariseAttribution(inferred, thread.contributions)).toEqual({
			label: 'inferred from contribution 2',
			quote: 'q',
			inContribution: 'c2',
			note: 'n',
		});
	});
});
