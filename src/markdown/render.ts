import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root as MdastRoot } from 'mdast';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeParagraphPermalinks from './rehype-paragraph-permalinks.ts';

/**
 * The Markdown pipelines. Contribution bodies are rendered here, not through Astro's
 * `render()`, because their output depends on data from other files (the contribution's id and
 * number now; its annotations later), and a pure function of text and data is easy to test.
 *
 * Raw HTML is never passed through (`remark-rehype` drops it without `allowDangerousHtml`), and
 * the loader refuses it before rendering with an error naming the line.
 */
const parser = unified().use(remarkParse).use(remarkGfm);

/** Markdown to mdast, with GFM; used by the loader to check a body before rendering it. */
export function parseMarkdown(markdown: string): MdastRoot {
	return parser.runSync(parser.parse(markdown)) as MdastRoot;
}

export interface ContributionRenderOptions {
	/** The contribution id that scopes paragraph ids (`c6` → `c6-p1`). */
	id: string;
	/** The contribution number, for locators (`6.1`). */
	number: number;
}

/** A contribution's Markdown to HTML with paragraph ids and permalinks. */
export function renderContribution(markdown: string, options: ContributionRenderOptions): string {
	return String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkRehype)
			.use(rehypeParagraphIds, { prefix: options.id })
			.use(rehypeParagraphPermalinks, { number: options.number })
			.use(rehypeStringify)
			.processSync(markdown),
	);
}

/** Editorial prose (introductions, biographies) to HTML; headings get slugs. */
export function renderProse(markdown: string): string {
	return String(
		unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeStringify).processSync(markdown),
	);
}
