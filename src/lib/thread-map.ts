import type { Contribution } from '../model/model.ts';
import { replyEdges } from './reply-graph.ts';
import { speakerName } from '../model/speakers.ts';

export type MapOrientation = 'horizontal' | 'vertical';

export interface MapNode {
	id: string;
	number: number;
	x: number;
	y: number;
	/** Where the name label sits and how it is anchored. */
	labelX: number;
	labelY: number;
	labelAnchor: 'middle' | 'start';
	/** The name shown: a surname across a wide screen; the full name down a narrow one. */
	name: string;
	/** What a screen reader hears for the node's link. */
	label: string;
}

export interface MapEdge {
	from: string;
	to: string;
	main: boolean;
	/** SVG path data for the arc, from the answer to the post it answers. */
	d: string;
}

export interface ThreadMap {
	width: number;
	height: number;
	radius: number;
	nodes: MapNode[];
	edges: MapEdge[];
}

const RADIUS = 17;
/** Distance between neighbouring posts along the line: room for a surname across, a line of text down. */
const STEP = { horizontal: 84, vertical: 48 } as const;
/** Room before the first node and after the last. */
const PAD = 12;
/** Arc height per unit of span: long-range answers arch further out than answers to a neighbour. */
const RISE = 0.3;
/** Room beside the line for the labels: under the nodes across, to their right down. */
const LABEL_ROOM = { horizontal: 44, vertical: 230 } as const;

/**
 * Lays out a thread as an arc diagram: posts on a line in reading order, and an arch from each
 * answer back to the post it answers. Across (wide screens) the arches rise above the line;
 * down (phones) they bow out to the left and full names fit beside the nodes. Pure geometry,
 * so it is tested directly and drawn at build time as SVG with no JavaScript.
 */
export function layoutThreadMap(
	contributions: readonly Contribution[],
	orientation: MapOrientation = 'horizontal',
): ThreadMap {
	const step = STEP[orientation];
	const along = new Map(contributions.map((c, index) => [c.id, PAD + RADIUS + index * step]));
	const edges = replyEdges(contributions);
	const rise = (from: string, to: string) =>
		RADIUS + RISE * Math.abs(along.get(from)! - along.get(to)!);
	// A cubic Bézier reaches three quarters of its control distance.
	const deepest = Math.max(0, ...edges.map((e) => rise(e.from, e.to) * 0.75));
	/** The line the nodes sit on, measured across the diagram. */
	const line = Math.ceil(deepest + RADIUS + 8);
	const length = PAD * 2 + RADIUS * 2 + Math.max(0, contributions.length - 1) * step;
	const breadth = line + RADIUS + LABEL_ROOM[orientation];
	// Lay out as if horizontal (s along the line, t across it), then turn for vertical.
	const point = (s: number, t: number) =>
		orientation === 'horizontal' ? { x: s, y: t } : { x: t, y: s };
	const path = (s1: number, s2: number, t: number) => {
		const [a, b, c, d] = [
			point(s1, line - RADIUS),
			point(s1, round(t)),
			point(s2, round(t)),
			point(s2, line - RADIUS),
		];
		return `M ${a.x} ${a.y} C ${b.x} ${b.y}, ${c.x} ${c.y}, ${d.x} ${d.y}`;
	};

	const nodes = contributions.map((c) => {
		const fullName = speakerName(c.speaker);
		const name = orientation === 'horizontal' ? shortName(fullName) : fullName;
		const answers = c.replyTo
			.map((id) => contributions.find((o) => o.id === id)?.number)
			.filter((n) => n !== undefined);
		const centre = point(along.get(c.id)!, line);
		const label =
			orientation === 'horizontal'
				? point(along.get(c.id)!, line + RADIUS + 22)
				: point(along.get(c.id)!, line + RADIUS + 10);
		return {
			id: c.id,
			number: c.number,
			...centre,
			labelX: label.x,
			labelY: orientation === 'horizontal' ? label.y : label.y + 5,
			labelAnchor: orientation === 'horizontal' ? ('middle' as const) : ('start' as const),
			name,
			// Starts with the visible text (number and name), as WCAG 2.5.3 asks, then says the rest.
			label: `${c.number} ${name}${name === fullName ? '' : ` (${fullName})`}, ${answers.length ? `answers ${answers.join(' and ')}` : 'opens the conversation'}`,
		};
	});

	return {
		...(orientation === 'horizontal'
			? { width: length, height: breadth }
			: { width: breadth, height: length }),
		radius: RADIUS,
		nodes,
		edges: edges.map(({ from, to, main }) => ({
			from,
			to,
			main,
			d: path(along.get(from)!, along.get(to)!, line - RADIUS - rise(from, to)),
		})),
	};
}

/** "Orville Schell" → "Schell"; "Suzanne" → "Suzanne"; "Unnamed contributor" → "Unnamed". */
export function shortName(name: string): string {
	if (name === 'Unnamed contributor') return 'Unnamed';
	return name.split(/\s+/).at(-1) ?? name;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
