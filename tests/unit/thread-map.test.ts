import { describe, expect, it } from 'vitest';
import { layoutThreadMap, shortName } from '../../src/lib/thread-map.ts';
import { smallThread } from '../support/model.ts';

describe('thread map', () => {
	it('places one node per post and one arc per answer, inside the drawing', () => {
		const map = layoutThreadMap(smallThread().contributions);
		expect(map.nodes.map((n) => [n.id, n.name])).toEqual([
			['c1', 'Author'],
			['c2', 'Unnamed'],
			['c3', 'Author'],
		]);
		expect(map.edges.map((e) => [e.from, e.to, e.main])).toEqual([
			['c2', 'c1', true],
			['c3', 'c2', true],
			['c3', 'c1', false],
		]);
		for (const node of map.nodes) {
			expect(node.x - map.radius).toBeGreaterThanOrEqual(0);
			expect(node.x + map.radius).toBeLessThanOrEqual(map.width);
			expect(node.labelY).toBeLessThanOrEqual(map.height);
		}
		// A cubic arc with equal ends and equal controls peaks three quarters of the way to them.
		for (const edge of map.edges) {
			const [, start, , control] = edge.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
			expect(start! + 0.75 * (control! - start!)).toBeGreaterThanOrEqual(0);
		}
	});

	it('arches a long-range answer higher than an answer to a neighbour', () => {
		const map = layoutThreadMap(smallThread().contributions);
		const peak = (d: string) => Number(d.split(/[ ,]+/)[5]);
		expect(peak(map.edges[2]!.d)).toBeLessThan(peak(map.edges[0]!.d));
	});

	it('runs down the page on phones, with full names beside the nodes', () => {
		const across = layoutThreadMap(smallThread().contributions, 'horizontal');
		const down = layoutThreadMap(smallThread().contributions, 'vertical');
		expect(down.nodes.map((n) => n.name)).toEqual([
			'Ann Author',
			'Unnamed contributor',
			'Ann Author',
		]);
		expect(new Set(down.nodes.map((n) => n.x)).size).toBe(1);
		expect(new Set(across.nodes.map((n) => n.y)).size).toBe(1);
		expect(down.height).toBeGreaterThan(down.nodes.at(-1)!.y);
	});

	it('labels nodes for screen readers with what they answer', () => {
		expect(layoutThreadMap(smallThread().contributions).nodes.map((n) => n.label)).toEqual([
			'1 Author (Ann Author), opens the conversation',
			'2 Unnamed (Unnamed contributor), answers 1',
			'3 Author (Ann Author), answers 2 and 1',
		]);
		expect(layoutThreadMap(smallThread().contributions, 'vertical').nodes[1]!.label).toBe(
			'2 Unnamed contributor, answers 1',
		);
		expect(shortName('Orville Schell')).toBe('Schell');
	});
});
