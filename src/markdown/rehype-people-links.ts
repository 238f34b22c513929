import type { Element, Root } from 'hast';
import { wholeWords } from '../core/whole-words.ts';
import { placedTexts, wrapRanges } from './hast-text.ts';
import { isElement } from 'hast-util-is-element';
import { h } from 'hastscript';

/** Words in the text that refer to a person, and where that person's page is. */
export interface Mention {
	text: string;
	href: string;
}

export interface PeopleLinkOptions {
	mentions: readonly Mention[];
}

/**
 * Links every mention of a person in a contribution to that person's page, from the one list
 * of mentions in `content/people/`.
 *
 * `… official Cui Tiankai, likely …` becomes `… official <a class="person"
 * href="/people/cui-tiankai/">Cui Tiankai</a>, likely …`.
 *
 * Matches are exact and whole-word, and the longest wins where two overlap ("Mao Zedong’s
 * grandson" before "Mao Zedong"), so "Xi" never links inside another word. Links (permalinks and
 * note markers among them) are left alone, so nothing is linked twice; notes sit outside paragraphs.
 */
export default function rehypePeopleLinks(options: PeopleLinkOptions) {
	const mentions = [...options.mentions].sort((a, b) => b.text.length - a.text.length);
	if (mentions.length === 0) return () => {};
	const pattern = wholeWords(mentions.map((m) => m.text));
	const hrefOf = new Map(mentions.map((m) => [m.text, m.href]));
	const skip = (element: Element) => element.tagName === 'a';

	return (tree: Root) => {
		for (const paragraph of tree.children) {
			if (!isElement(paragraph, 'p')) continue;
			for (const placed of placedTexts(paragraph, skip)) {
				const wraps = [...placed.node.value.matchAll(pattern)].map((match) => ({
					start: placed.offset + match.index,
					end: placed.offset + match.index + match[0].length,
					wrapper: h('a.person', { href: hrefOf.get(match[0])! }),
				}));
				if (wraps.length > 0) wrapRanges(placed, wraps);
			}
		}
	};
}
