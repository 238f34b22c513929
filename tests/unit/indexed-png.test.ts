import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blendPalette, encodeIndexedPng } from '../../src/cards/indexed-png.ts';

describe('encodeIndexedPng', () => {
	it('writes a valid indexed PNG whose pixels are the nearest palette colours', () => {
		const palette = blendPalette([255, 255, 255], [[0, 0, 0]], 4);
		expect(palette).toHaveLength(5);
		// Two pixels: white, and a grey nearest to the palette's half blend (128 → 127.5 rounded).
		const png = encodeIndexedPng(
			Uint8Array.from([255, 255, 255, 255, 120, 120, 120, 255]),
			2,
			1,
			palette,
		);
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
