import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { paragraphLocator } from '../core/urls.ts';

export interface ParagraphCitationOptions {
	/** The contribution's number, for the locator (¶ 6.2). */
	number: number;
	/**
	 * For the paragraph at a 1-based position: its in-text citation, the contribution's
	 * reference entry (HTML) and the paragraph's own URL. Without it the plugin does nothing.
	 */
	cite?: (paragraph: number) => { inText: string; referenceHtml: string; url: string };
}

/**
 * Puts a “cite this paragraph” block after every paragraph, shown when the paragraph is the
 * page's target (a reader who follows or copies its permalink sees how to cite it).
 *
 * `<p id="c6-p2">…</p>` is followed by
 * ```html
 * <div class="para-cite" data-pagefind-ignore><p><strong>Cite ¶ 6.2</strong> (Delury 2013, para. 6.2)
 *   · <a href="https://…/c6/#c6-p2">https://…/c6/#c6-p2</a></p>
 *   <p>Delury, John. 2013. “Contribution 6 …” https://…/c6/.</p></div>
 * ```
 * The citations come from the CSL library; this plugin only places them. No JavaScript: CSS
 * reveals the block with `p:target + .para-cite`.
 */
export default function rehypeParagraphCitations(options: ParagraphCitationOptions) {
	const cite = options.cite;
	return (tree: Root) => {
		if (!cite) return;
		let count = 0;
		for (let index = 0; index < tree.children.length; index++) {
			const node = tree.children[index]!;
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			count += 1;
			const { inText, referenceHtml, url } = cite(count);
			const block = h('div.para-cite', { dataPagefindIgnore: '' }, [
				h('p', [h('strong', `Cite ¶ ${paragraphLocator(options.number, count)}`), ` ${inText} · `, h('a', { href: url }, url)]),
				h('p.para-cite-reference', fromHtml(referenceHtml, { fragment: true }).children),
			]);
			tree.children.splice(index + 1, 0, block);
			index += 1;
		}
	};
}
