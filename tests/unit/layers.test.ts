import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The code's layers, lowest first. A file may import its own folder and any folder listed before
 * it, never one listed after it, and no chain of imports may lead back to where it started. The
 * README's "How it is built" describes the same order.
 */
const SRC_LAYERS = [
	'src/core', // URLs and anchors, site constants, whole-word matching, languages: imports no other folder
	'src/security', // safe URLs, the Content-Security-Policy
	'src/annotations', // exact anchoring of quotes
	'src/schemas', // what every content file may hold
	'src/citations', // citeproc: in-text citations, reference lists, BibTeX
	'src/markdown', // the unified pipeline and its plugins
	'src/model', // the Edition's shapes and what every later layer derives from them
	'src/loader', // reads, checks and renders content into the model
	'src/import', // drafts a new conversation from its archive
	'src/cards', // link-preview cards
	'src/lib', // what pages show, derived from the model
	'src/search', // the Pagefind index and its result view
	'src/client', // the browser's code
	'src/components',
	'src/layouts',
	'src/pages',
	'src/content.config.ts',
];
const TOP_LAYERS = ['src', 'tools', 'bench', 'scripts|tests', 'config'];

/** The layer a file belongs to, as [rank among top layers, rank within src]. */
function layerOf(file: string): [number, number] {
	if (file.startsWith('src/')) {
		const rank = SRC_LAYERS.findIndex((layer) => file === layer || file.startsWith(`${layer}/`));
		if (rank < 0) throw new Error(`${file} is in no layer: add its folder to SRC_LAYERS`);
		return [0, rank];
	}
	const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : 'config';
	const rank = TOP_LAYERS.findIndex((layer) => layer.split('|').includes(top));
	if (rank < 0) throw new Error(`${file} is in no layer: add its folder to TOP_LAYERS`);
	return [rank, 0];
}

export type Edge = [from: string, to: string];

/** Imports that point up, or sideways between two top layers of the same rank (scripts ↔ tests). */
export function upwardImports(edges: Edge[], layer: (file: string) => [number, number]): string[] {
	return edges
		.filter(([from, to]) => {
			const [a, b] = [layer(from), layer(to)];
			if (a[0] !== b[0]) return a[0] < b[0];
			if (a[0] === 0) return a[1] < b[1];
			return from.split('/')[0] !== to.split('/')[0];
		})
		.map(([from, to]) => `${from} → ${to}`);
}

/** Every cycle's files, found as strongly connected components (Tarjan). */
export function cycles(edges: Edge[]): string[][] {
	const next = new Map<string, string[]>();
	for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string): void => {
		index.set(node, index.size);
		low.set(node, index.get(node)!);
		stack.push(node);
		onStack.add(node);
		for (const to of next.get(node) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node)!, low.get(to)!));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || (next.get(node) ?? []).includes(node))
				found.push(component.sort());
		}
	};
	for (const node of next.keys()) if (!index.has(node)) visit(node);
	return found;
}

const ROOTS = ['src', 'tools', 'bench', 'scripts', 'tests'];
const SKIP = new Set(['tests/fixtures', 'tests/standards', 'src/citations/styles', 'bench/tmp']);
const CODE = /\.(ts|mts|mjs|js|astro)$/;

function codeFiles(dir: string): string[] {
	if (SKIP.has(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const file = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return codeFiles(file);
		return CODE.test(entry.name) ? [file] : [];
	});
}

/** Static, dynamic and side-effect imports, re-exports, and workers started from a file URL. */
const IMPORT =
	/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new\s+URL\(\s*|new\s+Worker\(\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

export function importsOf(file: string, text: string): string[] {
	return [...text.matchAll(IMPORT)].map((match) =>
		path.posix.normalize(path.posix.join(path.posix.dirname(file), match[2]!)),
	);
}

function projectEdges(): Edge[] {
	const files = [
		...ROOTS.flatMap((root) => codeFiles(root)),
		'astro.config.mjs',
		'vitest.config.ts',
		'eslint.config.mjs',
	];
	return files.flatMap((file) =>
		importsOf(file, readFileSync(file, 'utf8'))
			.filter((target) => CODE.test(target) && !SKIP.has(target.split('/').slice(0, 2).join('/')))
			.filter((target) => !target.startsWith('src/citations/styles/'))
			.map((target): Edge => [file, target]),
	);
}

describe('the layers', () => {
	const edges = projectEdges();

	it('finds the imports it checks', () => {
		expect(edges.length).toBeGreaterThan(400);
		expect(edges).toContainEqual(['src/loader/load-edition.ts', 'src/markdown/render.ts']);
		expect(edges).toContainEqual(['src/components/SearchControl.astro', 'src/client/site.ts']);
		expect(edges).toContainEqual(['src/loader/load-in-parallel.ts', 'src/loader/load-worker.ts']);
	});

	it('every import points to the same layer or a lower one', () => {
		expect(upwardImports(edges, layerOf)).toEqual([]);
	});

	it('no chain of imports leads back to where it started', () => {
		expect(cycles(edges)).toEqual([]);
	});

	it('the rules catch an upward import, a sideways one and a cycle', () => {
		expect(upwardImports([['src/loader/a.ts', 'src/lib/b.ts']], layerOf)).toEqual([
			'src/loader/a.ts → src/lib/b.ts',
		]);
		expect(upwardImports([['src/lib/b.ts', 'src/loader/a.ts']], layerOf)).toEqual([]);
		expect(upwardImports([['scripts/a.ts', 'tests/support/b.ts']], layerOf)).toHaveLength(1);
		expect(upwardImports([['bench/a.ts', 'tests/support/b.ts']], layerOf)).toHaveLength(1);
		expect(upwardImports([['tests/a.ts', 'tools/b.ts']], layerOf)).toEqual([]);
		expect(
			cycles([
				['a', 'b'],
				['b', 'c'],
				['c', 'a'],
				['c', 'd'],
			]),
		).toEqual([['a', 'b', 'c']]);
		expect(
			importsOf('src/x/a.ts', "import type { A } from '../y/b.ts';\nconst m = import('./c.ts');"),
		).toEqual(['src/y/b.ts', 'src/x/c.ts']);
	});
});
