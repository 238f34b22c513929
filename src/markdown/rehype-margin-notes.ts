import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Anchor } from '../annotations/anchor.ts';
import { hasClass, placedTexts, wrapRanges } from './hast-text.ts';

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

/** Elements this plugin inserts; their text is not part of the archived words. */
export function isInserted(element: Element): boolean {
	return element.tagName === 'input' || hasClass(element, 'sidenote') || hasClass(element, 'note-ref') || hasClass(element, 'para-link');
}

/**
 * Marks each note's quoted words and puts the note right after them, Tufte-style, as phrasing
 * content inside the paragraph.
 *
 * `Cui Tiankai, likely …` with a note on "Cui Tiankai" becomes
 * ```html
 * <mark class="note-anchor" data-note="cui-tiankai">Cui Tiankai</mark><label class="note-ref"
 *   for="toggle-cui-tiankai"><span class="visually-hidden">Note </span>7</label><input
 *   type="checkbox" id="toggle-cui-tiankai" class="note-toggle"><span class="sidenote"
 *   id="note-cui-tiankai" role="note" aria-label="Note 7, on “Cui Tiankai”">…</span>, likely …
 * ```
 *
 * Why this shape: CSS floats the note into the margin beside its line on wide screens; on narrow
 * screens the checkbox (focusable, unlike Tufte CSS's) opens it under the line with no
 * JavaScript. The quote may span inline markup: each text piece is wrapped in its own `<mark>`.
 * Anchors are found beforehand by exact match (`locateQuote`), so this plugin never guesses.
 */
export default function rehypeMarginNotes(options: MarginNoteOptions) {
	return (tree: Root) => {
		const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
		// Later notes first, so inserting one never moves the words of another.
		const notes = [...options.notes].sort((a, b) => b.anchor.paragraph - a.anchor.paragraph || b.anchor.start - a.anchor.start);
		for (const note of notes) {
			const paragraph = paragraphs[note.anchor.paragraph];
			if (!paragraph) throw new Error(`Note ${note.id}: the contribution has no paragraph ${note.anchor.paragraph + 1}`);
			const { start, end } = note.anchor;
			const pieces = placedTexts(paragraph, isInserted).filter((t) => t.offset < end && t.offset + t.node.value.length > start);
			if (pieces.length === 0) throw new Error(`Note ${note.id}: its quote is not in paragraph ${note.anchor.paragraph + 1}`);
			// One <mark> per text piece the quote spans; the note follows the last.
			const marks = pieces.map((piece) => {
				const mark: Element = {
					type: 'element',
					tagName: 'mark',
					properties: { className: ['note-anchor'], dataNote: note.id },
					children: [],
				};
				wrapRanges(piece, [{ start, end, wrapper: mark }]);
				return { mark, parent: piece.parent };
			});
			const last = marks.at(-1)!;
			last.parent.children.splice(last.parent.children.indexOf(last.mark) + 1, 0, ...noteElements(note));
		}
	};
}

function noteElements(note: PlacedNote): Element[] {
	const toggle = `toggle-${note.id}`;
	return [
		h('label.note-ref', { htmlFor: toggle, dataPagefindIgnore: '' }, [h('span.visually-hidden', 'Note '), String(note.number)]),
		h('input.note-toggle', { type: 'checkbox', id: toggle }),
		h('span.sidenote', { id: `note-${note.id}`, role: 'note', ariaLabel: `Note ${note.number}, on ${quoted(note.exact)}` }, [
			h('a.note-num', { href: `#note-${note.id}`, dataPagefindIgnore: '' }, String(note.number)),
			' ',
			...note.body,
		]),
	];
}

/** The quote in quotation marks, unless it already starts with one. */
function quoted(text: string): string {
	return /^[“"‘]/.test(text) ? text : `“${text}”`;
}
