import type { ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { CiteKey } from '../citations/engine.ts';
import rehypeMarginNotes, { type PlacedNote } from './rehype-margin-notes.ts';
import rehypeMarkLanguages from '../core/rehype-mark-languages.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeParagraphPermalinks from './rehype-paragraph-permalinks.ts';
import rehypePeopleLinks, { type Mention } from './rehype-people-links.ts';
import rehypePostLinks, { type PlacedPostLink } from './rehype-post-links.ts';
import rehypeRepeatLinks from './rehype-repeat-links.ts';
import rehypeSafeUrls from './rehype-safe-urls.ts';
import remarkCitations from './remark-citations.ts';
import { isElement } from 'hast-util-is-element';

/**
 * The Markdown pipelines. Contribution bodies are rendered here, not through Astro's
 * `render()`, because their output depends on data from other files (their margin notes, the
 * people they mention), and a pure function of text and data is easy to test.
 *
 * Raw HTML is never passed through (`remark-rehype` drops it without `allowDangerousHtml`), and
 * the loader refuses it before rendering with an error naming the line; so too links and images
 * to addresses the edition does not publish, which `rehype-safe-urls` filters out again here.
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
	/** Its margin notes, already anchored. */
	notes?: readonly PlacedNote[];
	/** Words that refer to other posts, made links to them. */
	links?: readonly PlacedPostLink[];
	/** Words that refer to people, linked to their pages. */
	mentions?: readonly Mention[];
}

/**
 * A contribution's Markdown to HTML: paragraph ids, margin notes beside their words, links to
 * other posts and to the people mentioned, paragraph permalinks (each paragraph's locator, cited from the contribution's “cite this”) and the language of
 * Chinese and Korean words, in that order
 * (each plugin leaves alone what the ones before it inserted).
 */
export function renderContribution(markdown: string, options: ContributionRenderOptions): string {
	return String(
		contributionProcessor(options.mentions ?? NO_MENTIONS).processSync({
			value: markdown,
			data: { contribution: options },
		}),
	);
}

declare module 'vfile' {
	interface DataMap {
		/** The contribution being rendered: what changes from one body to the next. */
		contribution: ContributionRenderOptions;
	}
}

const NO_MENTIONS: readonly Mention[] = [];
/** One frozen processor for each list of mentions (the whole edition shares one list). */
const contributionProcessors = new WeakMap<
	readonly Mention[],
	ReturnType<typeof buildContributionProcessor>
>();

function contributionProcessor(mentions: readonly Mention[]) {
	let processor = contributionProcessors.get(mentions);
	if (!processor)
		contributionProcessors.set(mentions, (processor = buildContributionProcessor(mentions)));
	return processor;
}

/**
 * The names pattern is compiled once, with the processor; each body's ids, notes and links come
 * from its file's data (`perDocument`), so nothing of one document is kept for the next.
 */
function buildContributionProcessor(mentions: readonly Mention[]) {
	return unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkRehype)
		.use(rehypeSafeUrls)
		.use(perDocument(rehypeParagraphIds, (c) => ({ prefix: c.id })))
		.use(perDocument(rehypeMarginNotes, (c) => ({ notes: c.notes ?? [] })))
		.use(perDocument(rehypePostLinks, (c) => ({ links: c.links ?? [] })))
		.use(rehypePeopleLinks, { mentions })
		.use(rehypeRepeatLinks)
		.use(perDocument(rehypeParagraphPermalinks, (c) => ({ number: c.number })))
		.use(rehypeMarkLanguages)
		.use(rehypeStringify)
		.freeze();
}

/** A plugin whose options are read from each document's contribution data, not fixed once. */
function perDocument<T>(
	plugin: (options: T) => (tree: HastRoot) => void,
	options: (contribution: ContributionRenderOptions) => T,
) {
	return () => (tree: HastRoot, file: VFile) => plugin(options(file.data.contribution!))(tree);
}

type NoteCiter = (keys: CiteKey[]) => ElementContent[];
/** One frozen note processor per citation formatter: one for a conversation's notes, one for its timeline. */
const noteProcessors = new WeakMap<NoteCiter, ReturnType<typeof buildNoteProcessor>>();

function noteProcessor(cite: NoteCiter) {
	let processor = noteProcessors.get(cite);
	if (!processor) noteProcessors.set(cite, (processor = buildNoteProcessor(cite)));
	return processor;
}

function buildNoteProcessor(cite: NoteCiter) {
	return unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkCitations, { render: cite })
		.use(remarkRehype)
		.use(rehypeSafeUrls)
		.use(rehypeMarkLanguages)
		.freeze();
}

/**
 * A margin note's one paragraph of Markdown to phrasing hast, with its `[@key]` citations
 * formatted by `cite`. The loader has already checked it is a single paragraph.
 */
export function renderNote(
	markdown: string,
	cite: NoteCiter,
): { body: ElementContent[]; html: string } {
	const processor = noteProcessor(cite);
	const tree = processor.runSync(processor.parse(markdown));
	const paragraph = tree.children.find((node) => isElement(node, 'p'));
	const body = isElement(paragraph) ? paragraph.children : [];
	return { body, html: toHtml(body) };
}

/**
 * The prose pipeline has no per-document options, so it is built and frozen once. rehype-slug
 * resets its slugger for every tree, so ids never carry over from one document to the next.
 */
const proseProcessor = unified()
	.use(remarkParse)
	.use(remarkGfm)
	.use(remarkRehype)
	.use(rehypeSafeUrls)
	.use(rehypeSlug)
	.use(rehypeMarkLanguages)
	.use(rehypeStringify)
	.freeze();

/** Editorial prose (introductions, biographies) to HTML; headings get slugs. */
export function renderProse(markdown: string): string {
	return String(proseProcessor.processSync(markdown));
}
