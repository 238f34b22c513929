import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CardCache } from '../../src/cards/card-cache.ts';
import { writeCards } from '../../src/cards/write-cards.ts';
import type { Edition } from '../../src/model/model.ts';
import { smallThread } from '../support/model.ts';

describe('writeCards', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'edition-cards-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('draws each card once, then reuses it until its words change', async () => {
		const thread = smallThread();
		const edition = { conversations: [thread] } as unknown as Edition;
		const cache = new CardCache(path.join(dir, 'cache'));
		const out = path.join(dir, 'site');
		expect(await writeCards(edition, out, cache)).toEqual({ drawn: 3, reused: 0 });
		const card = readFileSync(path.join(out, 'conversations/x/c1/card.png'));
		expect(card.readUInt32BE(16)).toBe(1200);
		expect(await writeCards(edition, out, cache)).toEqual({ drawn: 0, reused: 3 });
		thread.contributions[0]!.paragraphs[0] = 'New opening words.';
		expect(await writeCards(edition, out, cache)).toEqual({ drawn: 1, reused: 2 });
		expect(readdirSync(path.join(dir, 'cache'))).toHaveLength(4);
	}, 120_000);
});
