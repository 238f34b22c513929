/**
 * `npm run bench:editing`: the editor's loop, measured. A benchmark, not a test:
 * 1. `npm run check:content` on the real content and on synthetic corpora (`BENCH_CHECK_SIZES`,
 *    default 1000 conversations, from the same seed as `npm run bench`);
 * 2. in `npm run dev`, the time from saving a note to the open thread page showing it, five times.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeCheckContent, timeSaveToPage } from '../bench/measure-editing.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { launchChromium } from '../tools/browser.ts';

const sizes = (process.env.BENCH_CHECK_SIZES ?? '1000').split(',').map(Number);
const rows: [string, string, string, string][] = [];
const real = timeCheckContent('content');
rows.push(['this edition', real.seconds.toFixed(1), real.cpuSeconds.toFixed(1), real.summary]);
for (const size of sizes) {
	const contentDir = path.resolve('bench/tmp', `check-${size}`, 'content');
	mkdirSync(path.dirname(contentDir), { recursive: true });
	writeSyntheticCorpus(contentDir, size);
	const result = timeCheckContent(contentDir);
	if (!result.ok) throw new Error(`The synthetic corpus failed its checks: ${result.summary}`);
	rows.push([
		`${size} synthetic conversations`,
		result.seconds.toFixed(1),
		result.cpuSeconds.toFixed(1),
		result.summary,
	]);
	rmSync(path.dirname(contentDir), { recursive: true, force: true });
}
console.log(
	`\nnpm run check:content (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)\n`,
);
for (const [what, seconds, cpu, summary] of rows)
	console.log(
		`  ${what.padEnd(30)} ${seconds.padStart(6)} s wall, ${cpu.padStart(6)} s CPU   ${summary}`,
	);

const browser = await launchChromium();
try {
	const times = await timeSaveToPage(
		browser,
		'content',
		'/conversations/north-korea-sanctions-2013/',
		'conversations/north-korea-sanctions-2013/annotations/cui-tiankai.md',
	);
	const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
	console.log(
		`\nnpm run dev: a saved note shown on the open thread page in ${times.join(', ')} ms (median ${median} ms)`,
	);
} finally {
	await browser.close();
}
