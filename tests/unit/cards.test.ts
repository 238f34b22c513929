import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CardCache } from '../../src/cards/card-cache.ts';
import { cardAlt, cardText } from '../../src/cards/card-text.ts';
import { blendPalette, encodeIndexedPng } from '../../src/cards/indexed-png.ts';
import { writeCards } from '../../src/cards/write-cards.ts';
import type { Edition } from '../../src/model/model.ts';
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

describe('encodeIndexedPng', () => {
	it('writes a valid indexed PNG whose pixels are the nearest palette colours', () => {
		const palette = blendPalette([255, 255, 255], [[0, 0, 0]], 4);
		expect(palette).toHaveLength(5);
		// Two pixels: white, and a grey nearest to the palette's half blend (128 → 127.5 rounded).
		const png = encodeIndexedPng(Uint8Array.from([255, 255, 255, 255, 120, 120, 120, 255]), 2, 1, palette);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(2);
		expect(png.readUInt32BE(20)).toBe(1);
		expect(png[25]).toBe(3); // indexed colour
		const plte = png.indexOf('PLTE');
		expect(png.readUInt32BE(plte - 4)).toBe(15);
		const idat = png.indexOf('IDAT');
		const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
		expect([...rows]).toEqual([0, 0, 2]);
	});
});

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
