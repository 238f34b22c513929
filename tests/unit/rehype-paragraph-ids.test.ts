import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';

describe('rehype-paragraph-ids', () => {
	// One processor for every test, as a build reuses one: state left by a run would show in the next.
	const processor = unified()
		.use(remarkParse)
		.use(remarkRehype, { allowDangerousHtml: false })
		.use(rehypeParagraphIds, { prefix: 'c6' })
		.use(rehypeStringify)
		.freeze();
	const run = (markdown: string) => String(processor.processSync(markdown));

	it('numbers top-level paragraphs from 1 within the contribution', () => {
		expect(run('One.\n\nTwo.')).toBe('<p id="c6-p1">One.</p>\n<p id="c6-p2">Two.</p>');
	});

	it('restarts the count for every document the same processor runs on', () => {
		expect(run('One.\n\nTwo.\n\nThree.')).toContain('<p id="c6-p3">');
		expect(run('Again.')).toBe('<p id="c6-p1">Again.</p>');
		expect(run('Again.')).toBe('<p id="c6-p1">Again.</p>');
	});
});
