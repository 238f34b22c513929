import { describe, expect, it } from 'vitest';
import { participants } from '../../src/lib/participants.ts';
import { contribution, conversation, speaker } from '../support/model.ts';

describe('participants', () => {
	it('lists named speakers once, in order of appearance, and counts unnamed posts', () => {
		const a = speaker('a', 'Ann');
		const thread = conversation([
			contribution(1, a),
			contribution(2, speaker('u1')),
			contribution(3, speaker('u2')),
			contribution(4, a),
		]);
		expect(participants(thread).map((p) => p.label)).toEqual([
			'Ann',
			'the unnamed writers of 2 posts',
		]);
	});
});
