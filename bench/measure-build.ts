import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BuildMeasure {
	seconds: number;
	/** The largest resident memory of the build's processes together (the build script, its workers and Astro), in MB. */
	peakMb: number;
	ok: boolean;
	output: string;
}

/**
 * Runs the real build (`scripts/build.ts`) on a content folder into a dist folder, timing it and
 * sampling, ten times a second, the resident memory of it and its child processes (Astro runs as
 * a child) from /proc, summed: the memory the machine must have for the build.
 */
export function measureBuild(
	contentDir: string,
	distDir: string,
	env: Record<string, string> = {},
): Promise<BuildMeasure> {
	return measureProcess(['scripts/build.ts'], {
		EDITION_CONTENT_DIR: contentDir,
		EDITION_DIST_DIR: distDir,
		...env,
	});
}

/** Runs a Node script as a child, timing it and sampling the resident memory of it and its children. */
export function measureProcess(
	args: string[],
	env: Record<string, string> = {},
): Promise<BuildMeasure> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(process.execPath, args, {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		let peak = 0;
		const sample = setInterval(() => {
			peak = Math.max(
				peak,
				treeOf(child.pid!)
					.map(residentKb)
					.reduce((a, b) => a + b, 0),
			);
		}, 100);
		child.on('close', (code) => {
			clearInterval(sample);
			resolve({
				seconds: (performance.now() - started) / 1000,
				peakMb: Math.round(peak / 1024),
				ok: code === 0,
				output,
			});
		});
	});
}

/** A process and all its descendants, from /proc. */
function treeOf(pid: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	const all: number[] = [];
	const visit = (p: number) => {
		all.push(p);
		for (const c of children.get(p) ?? []) visit(c);
	};
	visit(pid);
	return all;
}

function residentKb(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
	}
	return total;
}
