import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { languageOf, languageRuns } from './languages.ts';
import { isElement } from 'hast-util-is-element';
import { h } from 'hastscript';

/**
 * Marks every run of Chinese or Korean script with its language, inside English text.
 *
 * `Cui Tiankai 崔天凯` becomes `Cui Tiankai <span lang="zh">崔天凯</span>`; a run with any
 * Hangul is Korean (`lang="ko"`), since Korean titles may hold Chinese characters (“北”).
 *
 * Why: screen readers switch voice and browsers pick fonts by `lang`; an unmarked 崔天凯 in an
 * English page is read letter by letter, or not at all. Text already inside an element with a
 * `lang` is left alone.
 */
export default function rehypeMarkLanguages() {
	return (tree: Root) => markChildren(tree);
}

/** The same, for a fragment of HTML (citeproc's formatted references). */
export function markLanguagesInHtml(html: string): string {
	// Most entries are all Latin: no need to parse them.
	if (!languageOf(html)) return html;
	const tree = fromHtml(html, { fragment: true });
	markChildren(tree);
	return toHtml(tree);
}

function markChildren(parent: Root | Element): void {
	parent.children = parent.children.flatMap((child): typeof parent.children => {
		if (isElement(child)) {
			if (!child.properties.lang) markChildren(child);
			return [child];
		}
		if (child.type !== 'text') return [child];
		return languageRuns(child.value).map(({ text, lang }): ElementContent =>
			lang ? h('span', { lang }, text) : { type: 'text', value: text },
		);
	});
}
