import type { Element, ElementContent, Text } from 'hast';
import { isElement } from 'hast-util-is-element';

/** A text node together with where it sits, so it can be split or wrapped in place. */
export interface PlacedText {
	node: Text;
	parent: Element;
	/** Offset of the node's first character in the element's text. */
	offset: number;
}

/**
 * The text nodes of an element in reading order, with their offsets in its text content.
 * Elements for which `skip` returns true are passed over with their text, so what the plugins
 * insert (permalinks, notes) never shifts the offsets of the archived words.
 */
export function placedTexts(
	element: Element,
	skip: (element: Element) => boolean = () => false,
): PlacedText[] {
	const placed: PlacedText[] = [];
	let offset = 0;
	const walk = (parent: Element) => {
		for (const child of parent.children) {
			if (child.type === 'text') {
				placed.push({ node: child, parent, offset });
				offset += child.value.length;
			} else if (isElement(child) && !skip(child)) {
				walk(child);
			}
		}
	};
	walk(element);
	return placed;
}

/** A range of an element's text (offsets as in `placedTexts`) and the element to wrap it in. */
export interface Wrap {
	start: number;
	end: number;
	wrapper: Element;
}

/**
 * Wraps ranges of one placed text node in new elements, replacing the node once by its pieces.
 * Ranges must not overlap; parts of a range outside the node are ignored.
 */
export function wrapRanges(placed: PlacedText, wraps: readonly Wrap[]): void {
	const { node, parent } = placed;
	const pieces: ElementContent[] = [];
	let at = 0;
	for (const { start, end, wrapper } of [...wraps].sort((a, b) => a.start - b.start)) {
		const from = Math.max(0, start - placed.offset);
		const to = Math.min(node.value.length, end - placed.offset);
		if (from >= to) continue;
		if (from > at) pieces.push({ type: 'text', value: node.value.slice(at, from) });
		wrapper.children = [{ type: 'text', value: node.value.slice(from, to) }];
		pieces.push(wrapper);
		at = to;
	}
	if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
	parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
}

/** True for elements carrying the class. */
export function hasClass(element: Element, name: string): boolean {
	const className = element.properties.className;
	return Array.isArray(className) && className.includes(name);
}
