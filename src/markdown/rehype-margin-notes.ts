import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Anchor } from '../annotations/anchor.ts';
import { hasClass, placedTexts, wrapRanges } from './hast-text.ts';
import { noteId, noteMarkerId } from '../core/urls.ts';
import { isElement } from 'hast-util-is-element';

/** A note ready to place: where it anchors, its number, and its body as phrasing content. */
export interface PlacedNote {
	id: string;
	number: number;
	/** The quoted words, for the note's accessible name. */
	exact: string;
	anchor: Anchor;
	body: ElementContent[];
}

export interface MarginNoteOptions {
	notes: readonly PlacedNote[];
}

/** Elements this plugin inserts into a paragraph; they add no text to it. */
export function isInserted(element: Element): boolean {
	return hasClass(element, 'note-ref') || hasClass(element, 'para-link');
}

/**
 * Marks each note's quoted words, puts a reference marker after them, and places the note itself
 * after its paragraph, never inside it.
 *
 * `Cui Tiankai, likely …` with a note on "Cui Tiankai" becomes
 * ```html
 * <p>… <mark class="note-anchor" data-note="cui-tiankai" data-i="1">Cui Tiankai</mark><a
 *   class="note-ref" id="note-ref-cui-tiankai" href="#note-cui-tiankai" data-n="7"
 *   data-anchor="--note-cui-tiankai" aria-label="Note 7"></a>, likely …</p>
 * <div class="para-notes">
 *   <div class="sidenote" id="note-cui-tiankai" role="note" aria-label="Note 7, on “Cui Tiankai”"
 *     data-i="1" data-anchor="--note-cui-tiankai" data-pagefind-title="Note 7"><a class="note-num" href="#note-ref-cui-tiankai">7</a> …</div>
 * </div>
 * ```
 *
 * Why this shape: the paragraph's text is exactly the archived words, so a W3C TextQuoteSelector
 * (prefix, exact, suffix) taken from the archive anchors on the page as served, and copying or
 * searching a paragraph never picks up a note. The marker adds no text: its number is drawn by
 * CSS from `data-n`, and its name comes from `aria-label`. Each note exists once; CSS places it
 * beside its line on wide screens (anchor positioning on `data-anchor`, else beside its
 * paragraph), opens it under its paragraph on a phone when its marker is followed (`:target`,
 * no JavaScript), and prints it as a footnote after the paragraph. `data-i` pairs a note with
 * its words within the paragraph, for highlighting them together. The quote may span inline
 * markup: each text piece is wrapped in its own `<mark>`. Anchors are found beforehand by exact
 * match (`locateQuote`), so this plugin never guesses.
 */
export default function rehypeMarginNotes(options: MarginNoteOptions) {
	return (tree: Root) => {
		const paragraphs = tree.children.filter((node): node is Element => isElement(node, 'p'));
		const byParagraph = new Map<Element, PlacedNote[]>();
		for (const note of options.notes) {
			const paragraph = paragraphs[note.anchor.paragraph];
			if (!paragraph)
				throw new Error(
					`Note ${note.id}: the contribution has no paragraph ${note.anchor.paragraph + 1}`,
				);
			byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), note]);
		}
		for (const [paragraph, unsorted] of byParagraph) {
			const notes = unsorted.sort((a, b) => a.anchor.start - b.anchor.start);
			// Later notes first, so marking one never moves the words of another.
			for (const [index, note] of [...notes.entries()].reverse())
				markWords(paragraph, note, index + 1);
			const at = tree.children.indexOf(paragraph);
			tree.children.splice(
				at + 1,
				0,
				h(
					'div.para-notes',
					notes.map((note, index) => noteElement(note, index + 1)),
				),
			);
		}
	};
}

/** Wraps the note's words in `<mark>`s (one per text piece they span) and puts its marker after the last. */
function markWords(paragraph: Element, note: PlacedNote, index: number): void {
	const { start, end } = note.anchor;
	const pieces = placedTexts(paragraph, isInserted).filter(
		(t) => t.offset < end && t.offset + t.node.value.length > start,
	);
	if (pieces.length === 0)
		throw new Error(`Note ${note.id}: its quote is not in paragraph ${note.anchor.paragraph + 1}`);
	const marks = pieces.map((piece) => {
		const mark = h('mark.note-anchor', { dataNote: note.id, dataI: String(index) });
		wrapRanges(piece, [{ start, end, wrapper: mark }]);
		return { mark, parent: piece.parent };
	});
	const last = marks.at(-1)!;
	const marker = h('a.note-ref', {
		id: noteMarkerId(note.id),
		href: `#${noteId(note.id)}`,
		dataN: String(note.number),
		dataAnchor: `--note-${note.id}`,
		ariaLabel: `Note ${note.number}`,
	});
	last.parent.children.splice(last.parent.children.indexOf(last.mark) + 1, 0, marker);
}

function noteElement(note: PlacedNote, index: number): Element {
	return h(
		'div.sidenote',
		{
			id: noteId(note.id),
			role: 'note',
			ariaLabel: `Note ${note.number}, on ${quoted(note.exact)}`,
			dataI: String(index),
			dataAnchor: `--note-${note.id}`,
			// Search finds a note as a note (its own sub-result, leading here), never inside its paragraph's excerpt.
			dataPagefindTitle: `Note ${note.number}`,
		},
		[
			h(
				'a.note-num',
				{ href: `#${noteMarkerId(note.id)}`, dataPagefindIgnore: '' },
				String(note.number),
			),
			' ',
			...note.body,
		],
	);
}

/** The quote in quotation marks, unless it already starts with one. */
function quoted(text: string): string {
	return /^[“"‘]/.test(text) ? text : `“${text}”`;
}
