import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { paragraphId } from '../../src/core/urls.ts';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';
import { parseMarkdown, renderContribution, renderNote, renderProse } from '../../src/markdown/render.ts';

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

	it('builds ids as <contribution>-p<n>', () => {
		expect(paragraphId('c12', 3)).toBe('c12-p3');
	});
});

describe('renderContribution', () => {
	it('gives each paragraph an id and a permalink carrying its locator', () => {
		expect(renderContribution('First.\n\nSecond.', { id: 'c6', number: 6 })).toBe(
			'<p id="c6-p1" data-pagefind-title="¶ 6.1"><a class="para-link" href="#c6-p1" aria-label="Paragraph 6.1, permalink" data-pagefind-ignore="">6.1</a> First.</p>\n' +
				'<p id="c6-p2" data-pagefind-title="¶ 6.2"><a class="para-link" href="#c6-p2" aria-label="Paragraph 6.2, permalink" data-pagefind-ignore="">6.2</a> Second.</p>',
		);
	});

	it('keeps the archive’s characters: straight and curly quotes, non-breaking and double spaces, dots', () => {
		const text = "that's “it” isn\u00a0 not...though—as\u00a0  Delury";
		const html = renderContribution(text, { id: 'c1', number: 1 });
		expect(html).toContain(`</a> ${text}</p>`);
	});

	it('never passes raw HTML through', () => {
		expect(renderContribution('Text <script>alert(1)</script> more.', { id: 'c1', number: 1 })).not.toContain('<script');
	});
});

describe('renderContribution through one processor per list of mentions', () => {
	it('gives each body its own ids, notes and locators, and the same output every time', () => {
		const mentions = [{ text: 'Cui Tiankai', href: '/people/cui/' }];
		const note = { id: 'n', number: 1, exact: 'Cui', anchor: { paragraph: 0, start: 0, end: 3 }, body: [] };
		const first = () => renderContribution('Cui Tiankai spoke.', { id: 'c1', number: 1, notes: [note], mentions });
		const html = first();
		const second = renderContribution('Cui Tiankai.\n\nAgain.', { id: 'c2', number: 2, mentions });
		expect(second).toContain('<p id="c2-p1"');
		expect(second).toContain('<p id="c2-p2"');
		expect(second).toContain('>2.2</a>');
		expect(second).not.toContain('note-anchor');
		expect(second).toContain('<a class="person" href="/people/cui/">Cui Tiankai</a>');
		expect(html).toContain('data-note="n"');
		expect(first()).toBe(html);
	});
});

describe('renderNote through one processor per citation formatter', () => {
	it('renders each note on its own, citations formatted by the one formatter', () => {
		const cite = (keys: { id: string }[]) => [{ type: 'text' as const, value: `(${keys.map((k) => k.id).join('; ')})` }];
		expect(renderNote('One [@a].', cite).html).toBe('One <cite class="citation" data-cites="a" data-pagefind-ignore="">(a)</cite>.');
		expect(renderNote('Two *b*.', cite).html).toBe('Two <em>b</em>.');
		expect(renderNote('One [@a].', cite).html).toBe('One <cite class="citation" data-cites="a" data-pagefind-ignore="">(a)</cite>.');
	});
});

describe('renderProse', () => {
	it('renders GFM and gives headings slugs', () => {
		expect(renderProse('## A heading\n\n~~gone~~')).toBe('<h2 id="a-heading">A heading</h2>\n<p><del>gone</del></p>');
	});

	it('gives a heading the same id in every document, though one processor renders them all', () => {
		expect(renderProse('## Background')).toBe(renderProse('## Background'));
		expect(renderProse('## Background')).toBe('<h2 id="background">Background</h2>');
	});
});

describe('parseMarkdown', () => {
	it('reports positions, which error messages turn into file lines', () => {
		const tree = parseMarkdown('One.\n\nTwo.');
		expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 3]);
	});
});

describe('rehype-mark-languages', () => {
	it('marks Chinese and Korean runs inside English, and leaves marked text alone', async () => {
		const { markLanguagesInHtml } = await import('../../src/core/rehype-mark-languages.ts');
		expect(markLanguagesInHtml('Cui Tiankai 崔天凯 said')).toBe('Cui Tiankai <span lang="zh">崔天凯</span> said');
		expect(markLanguagesInHtml('“마오쩌둥 손자 ‘北, 반드시’ [Mao’s grandson]”')).toBe(
			'“<span lang="ko">마오쩌둥 손자 ‘北, 반드시</span>’ [Mao’s grandson]”',
		);
		expect(markLanguagesInHtml('<span lang="zh-Hant">崔天凱</span>')).toBe('<span lang="zh-Hant">崔天凱</span>');
		expect(markLanguagesInHtml('No CJK here.')).toBe('No CJK here.');
	});
});
