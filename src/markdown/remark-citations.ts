import type { ElementContent } from 'hast';
import type { PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { CiteKey } from '../citations/engine.ts';
import { parseCitations } from '../citations/parse-citations.ts';

export interface CitationOptions {
	/** Formats one citation group as hast (text and links), e.g. with `citationLinks`. */
	render: (keys: CiteKey[]) => ElementContent[];
}

/**
 * Turns Pandoc-style citations in a note into formatted, linked citations.
 *
 * `… in April 2013 [@xinhua2013cui].` becomes
 * `… in April 2013 <cite class="citation" data-cites="xinhua2013cui" data-pagefind-ignore>(<a href="#ref-xinhua2013cui">Xinhua 2013</a>)</cite>.`
 * (the parentheses stay outside the links: a group citing several works links each one).
 *
 * Why a remark plugin: citations are written in Markdown text, so they are found in text nodes
 * before any HTML exists; the formatting itself is citeproc's, passed in as `render`.
 */
export default function remarkCitations(options: CitationOptions) {
	return (tree: Root) => {
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined || !node.value.includes('[@')) return;
			const replacement: PhrasingContent[] = parseCitations(node.value).map((segment) =>
				'text' in segment
					? { type: 'text', value: segment.text }
					: {
							type: 'emphasis',
							data: {
								hName: 'cite',
								// Search indexes a note's words, not its sources: no excerpt runs into "(Xinhua 2013)".
								hProperties: {
									className: ['citation'],
									dataCites: segment.keys.map((key) => key.id).join(' '),
									dataPagefindIgnore: '',
								},
								hChildren: options.render(segment.keys),
							},
							children: [],
						},
			);
			parent.children.splice(index, 1, ...replacement);
			return index + replacement.length;
		});
	};
}
