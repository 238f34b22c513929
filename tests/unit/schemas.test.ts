import { describe, expect, it } from 'vitest';
import { ContributionSchema } from '../../src/schemas/contribution.ts';
import { SpeakerSchema } from '../../src/schemas/speaker.ts';

describe('schemas', () => {
	it('an unnamed speaker needs a reason, and a named one must not keep it', () => {
		expect(SpeakerSchema.safeParse({ id: 'x' }).error?.issues[0]?.path).toEqual(['unnamedReason']);
		expect(
			SpeakerSchema.safeParse({ id: 'x', name: 'X', unnamedReason: 'r' }).error?.issues[0]?.message,
		).toMatch(/removed once a `name` is given/);
		expect(SpeakerSchema.safeParse({ id: 'x', unnamedReason: 'r' }).success).toBe(true);
	});

	it('an inferred attribution needs the quote and where it is', () => {
		const base = { id: 'c2', number: 2, speaker: 'x', boundary: 'b' };
		expect(
			ContributionSchema.safeParse({
				...base,
				attribution: { basis: 'inferred', quote: 'q', note: 'n' },
			}).error?.issues[0]?.path,
		).toEqual(['attribution', 'in']);
		expect(
			ContributionSchema.safeParse({
				...base,
				attribution: { basis: 'inferred', quote: 'q', in: 'c1', note: 'n' },
			}).success,
		).toBe(true);
	});

	it('ids are lower-case words joined by hyphens', () => {
		expect(SpeakerSchema.safeParse({ id: 'John Delury', name: 'J' }).success).toBe(false);
		expect(SpeakerSchema.safeParse({ id: 'john-delury', name: 'J' }).success).toBe(true);
	});
});
