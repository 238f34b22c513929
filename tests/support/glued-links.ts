import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Elements that start a new line of text: a link at their edge touches nothing. */
const BLOCKS = new Set(
	'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
		' ',
	),
);
/** Elements whose text is never read as part of the line. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** Controls are widgets of their own (a note's numbered toggle, a button), never words of a sentence. */
const CONTROLS = new Set(['button', 'input', 'label', 'select', 'textarea']);

/** A link whose first or last character runs into a word character outside it. */
export interface GluedLink {
	/** The words around the join, with `|` marking the link's edges: `See the|editorial method|.` */
	context: string;
	href: string;
}

type Piece = { text: string } | { edge: 'open' | 'close'; link: Element };

/**
 * Every link in a page whose text is glued to a word outside it: "See the" followed by a link
 * "editorial method" with no space between reads "See theeditorial method" on screen and to a
 * screen reader, however the HTML is indented. Text is followed across inline elements (a link
 * inside `<em>`, a word in `<strong>` just before a link), and a block boundary counts as a
 * break, as does a control (the toggle of a margin note). Hidden elements are skipped. A
 * superscript marker (`<sup>`) is meant to touch the word before it and is left alone.
 */
export function gluedLinks($: CheerioAPI): GluedLink[] {
	const found: GluedLink[] = [];
	const lines: Piece[][] = [[]];
	const walk = (node: AnyNode) => {
		if (node.type === 'text') {
			lines.at(-1)!.push({ text: node.data });
			return;
		}
		if (node.type !== 'tag') return;
		const name = node.name.toLowerCase();
		// What is not shown or not read cannot glue anything.
		if (SKIPPED.has(name) || 'hidden' in node.attribs || node.attribs['aria-hidden'] === 'true')
			return;
		const breaks = BLOCKS.has(name) || CONTROLS.has(name);
		if (breaks) lines.push([]);
		const isLink =
			name === 'a' && node.attribs.href !== undefined && !$(node).closest('sup').length;
		if (isLink) lines.at(-1)!.push({ edge: 'open', link: node });
		for (const child of node.children) walk(child);
		if (isLink) lines.at(-1)!.push({ edge: 'close', link: node });
		if (breaks) lines.push([]);
	};
	walk($('body')[0]!);

	for (const line of lines) {
		line.forEach((piece, index) => {
			if (!('edge' in piece)) return;
			// Two links that touch are reported once, at the second one's opening edge.
			const next = line[index + 1];
			if (piece.edge === 'close' && next && 'edge' in next && next.edge === 'open') return;
			const before = textAround(line, index, -1);
			const after = textAround(line, index, 1);
			// At an opening edge the link's text is after; at a closing edge it is before.
			if (!/[\p{L}\p{N}]$/u.test(before) || !/^[\p{L}\p{N}]/u.test(after)) return;
			const linkText = $(piece.link).text().replace(/\s+/g, ' ').trim();
			const outside = piece.edge === 'open' ? before.slice(-20) : after.slice(0, 20);
			found.push({
				context: piece.edge === 'open' ? `${outside}|${linkText}|` : `|${linkText}|${outside}`,
				href: piece.link.attribs.href ?? '',
			});
		});
	}
	return found;
}

/** The text on one side of position `index` in a line, up to 40 characters, whitespace collapsed. */
function textAround(line: Piece[], index: number, direction: -1 | 1): string {
	let text = '';
	for (let i = index + direction; i >= 0 && i < line.length && text.length < 40; i += direction) {
		const piece = line[i]!;
		if ('text' in piece) text = direction < 0 ? piece.text + text : text + piece.text;
	}
	return text.replace(/\s+/g, ' ');
}
