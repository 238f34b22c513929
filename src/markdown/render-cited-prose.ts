import type { ElementContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { CiteKey } from '../citations/engine.ts';
import rehypeMarkLanguages from '../core/rehype-mark-languages.ts';
import remarkCitations from './remark-citations.ts';

/**
 * Editors' prose of several paragraphs (an afterword) to HTML, its `[@key]` citations formatted
 * by `cite` exactly as in the margin notes, so one reference list serves both.
 */
export function renderCitedProse(
	markdown: string,
	cite: (keys: CiteKey[]) => ElementContent[],
): string {
	return String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkCitations, { render: cite })
			.use(remarkRehype)
			.use(rehypeMarkLanguages)
			.use(rehypeStringify)
			.processSync(markdown),
	);
}
