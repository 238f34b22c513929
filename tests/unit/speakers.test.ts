import { describe, expect, it } from 'vitest';
import { contributionLink } from '../../src/lib/links.ts';
import { participants } from '../../src/lib/participants.ts';
import { speakerName, speakerQualifier } from '../../src/model/speakers.ts';
import { smallThread, speaker } from '../support/model.ts';

describe('speakers', () => {
	it('prints a name only when there is one, and qualifies partial or missing names', () => {
		expect(speakerName(speaker('x'))).toBe('Unnamed contributor');
		expect(speakerQualifier(speaker('x'))).toBe('no byline in the archived text');
		expect(speakerQualifier(speaker('s', 'Suzanne', { nameIsPartial: true }))).toBe(
			'first name only',
		);
		expect(speakerQualifier(speaker('a', 'Ann Author'))).toBeUndefined();
	});

	it('follows a name filled in later, without any other change', () => {
		const thread = smallThread();
		const anon = thread.contributions[1]!.speaker;
		expect(participants(thread).map((p) => p.label)).toEqual([
			'Ann Author',
			'one unnamed contributor',
		]);
		Object.assign(anon, { name: 'Bea Writer', unnamedReason: undefined });
		expect(participants(thread).map((p) => p.label)).toEqual(['Ann Author', 'Bea Writer']);
		expect(contributionLink(thread, 'c2', 'thread')).toEqual({
			id: 'c2',
			href: '#c2',
			text: '2 · Bea Writer',
		});
	});
});
