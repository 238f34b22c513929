import { describe, expect, it } from 'vitest';
import {
	parseMarkdown,
	renderContribution,
	renderNote,
	renderProse,
} from '../../src/markdown/render.ts';

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
		expect(
			renderContribution('Text <script>alert(1)</script> more.', { id: 'c1', number: 1 }),
		).not.toContain('<script');
	});
});

describe('renderContribution through one processor per list of mentions', () => {
	it('gives each body its own ids, notes and locators, and the same output every time', () => {
		const mentions = [{ text: 'Cui Tiankai', href: '/people/cui/' }];
		const note = {
			id: 'n',
			number: 1,
			exact: 'Cui',
			anchor: { paragraph: 0, start: 0, end: 3 },
			body: [],
		};
		const first = () =>
			renderContribution('Cui Tiankai spoke.', { id: 'c1', number: 1, notes: [note], mentions });
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
		const cite = (keys: { id: string }[]) => [
			{ type: 'text' as const, value: `(${keys.map((k) => k.id).join('; ')})` },
		];
		expect(renderNote('One [@a].', cite).html).toBe(
			'One <cite class="citation" data-cites="a" data-pagefind-ignore="">(a)</cite>.',
		);
		expect(renderNote('Two *b*.', cite).html).toBe('Two <em>b</em>.');
		expect(renderNote('One [@a].', cite).html).toBe(
			'One <cite class="citation" data-cites="a" data-pagefind-ignore="">(a)</cite>.',
		);
	});
});

describe('renderProse', () => {
	it('renders GFM and gives headings slugs', () => {
		expect(renderProse('## A heading\n\n~~gone~~')).toBe(
			'<h2 id="a-heading">A heading</h2>\n<p><del>gone</del></p>',
		);
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
