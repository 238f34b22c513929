import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { CardText } from './card-text.ts';
import { blendPalette, encodeIndexedPng, type Rgb } from './indexed-png.ts';

/** The card's size: what Open Graph and large Twitter cards expect. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The edition's face for the cards, as WOFF (satori reads TrueType, OpenType and WOFF, not the
 * WOFF2 the pages use), from the Fontsource package of the same Source Serif 4.
 */
const require = createRequire(import.meta.url);
const face = (style: 'normal' | 'italic') =>
	readFileSync(
		require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-400-${style}.woff`),
	);
const FONTS = [
	{ name: 'Source Serif 4', data: face('normal'), weight: 400 as const, style: 'normal' as const },
	{ name: 'Source Serif 4', data: face('italic'), weight: 400 as const, style: 'italic' as const },
];

/** The edition's light colours (see the tokens in edition.css). */
const COLOURS = {
	paper: [0xff, 0xff, 0xf8],
	ink: [0x1d, 0x1d, 0x1b],
	muted: [0x59, 0x59, 0x54],
	accent: [0x8c, 0x2b, 0x12],
} satisfies Record<string, Rgb>;
const css = ([r, g, b]: Rgb) => `rgb(${r}, ${g}, ${b})`;
const [PAPER, INK, MUTED, ACCENT] = [COLOURS.paper, COLOURS.ink, COLOURS.muted, COLOURS.accent].map(
	css,
);
const PALETTE = blendPalette(COLOURS.paper, [COLOURS.ink, COLOURS.muted, COLOURS.accent]);
/** The text's width: the card less its margins. */
const MEASURE = CARD_WIDTH - 2 * 80;

type Node = {
	type: string;
	props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string };
};
const el = (
	type: string,
	style: Record<string, unknown>,
	...children: (Node | string)[]
): Node => ({
	type,
	props: { style, children },
});

/** The card as a tree satori lays out: the conversation, the post's number and writer, its opening words. */
function layout(card: CardText): Node {
	return el(
		'div',
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			padding: '64px 80px',
			background: PAPER,
			color: INK,
			fontFamily: 'Source Serif 4',
		},
		el('div', { fontSize: 28, color: MUTED, display: 'flex' }, card.site),
		// Long titles and openings are cut with an ellipsis rather than run off the card.
		el(
			'div',
			{
				fontSize: 40,
				lineHeight: 1.2,
				marginTop: 18,
				width: MEASURE,
				display: 'block',
				lineClamp: 3,
			},
			card.title,
		),
		el(
			'div',
			{ display: 'flex', marginTop: 40, width: MEASURE, fontSize: 34, color: ACCENT },
			`${card.position} · ${card.writer}`,
		),
		...(card.qualifier
			? [
					el(
						'div',
						{ display: 'flex', fontSize: 26, color: MUTED, fontStyle: 'italic' },
						`(${card.qualifier})`,
					),
				]
			: []),
		el(
			'div',
			{
				marginTop: 22,
				width: MEASURE,
				fontSize: 34,
				lineHeight: 1.4,
				fontStyle: 'italic',
				display: 'block',
				lineClamp: 4,
				borderLeft: `4px solid ${ACCENT}`,
				paddingLeft: 28,
			},
			card.opening,
		),
	);
}

/**
 * Draws a card as PNG: satori sets the text as SVG paths, resvg rasterises them (no browser), and
 * the pixels are written with the card's own palette, which keeps a card near 30 KB.
 */
export async function renderCard(card: CardText): Promise<Buffer> {
	const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: FONTS,
	});
	// satori has already set the text as paths: resvg needs no fonts, and looking for the system's
	// (its default) cost each card more than drawing it.
	const image = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false },
	}).render();
	return encodeIndexedPng(image.pixels, image.width, image.height, PALETTE);
}
