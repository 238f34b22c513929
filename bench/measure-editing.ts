import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { startDevServer } from '../tools/dev-server.ts';

/**
 * Wall-clock seconds of `npm run check:content` on a content folder, as an editor runs it, and
 * the processor seconds it reports (start-up included), which a busy machine inflates less.
 */
export function timeCheckContent(contentDir: string): {
	seconds: number;
	cpuSeconds: number;
	ok: boolean;
	summary: string;
} {
	const started = performance.now();
	const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
		encoding: 'utf8',
		env: { ...process.env, EDITION_CONTENT_DIR: contentDir },
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - started) / 1000;
	const output = (result.stdout || result.stderr).trim();
	const cpuSeconds = Number(/([\d.]+) s of CPU/.exec(output)?.[1] ?? NaN);
	return { seconds, cpuSeconds, ok: result.status === 0, summary: output.split('\n')[0] ?? '' };
}

/**
 * Milliseconds from saving a note to the open page showing its new words, in `npm run dev` on a
 * copy of a content folder: `runs` saves of one note, a few seconds apart.
 */
export async function timeSaveToPage(
	browser: Browser,
	contentDir: string,
	pagePath: string,
	noteFile: string,
	runs = 5,
): Promise<number[]> {
	const copy = path.join(mkdtempSync(path.join(tmpdir(), 'edition-preview-')), 'content');
	cpSync(contentDir, copy, { recursive: true });
	const note = path.join(copy, noteFile);
	const original = readFileSync(note, 'utf8');
	const server = await startDevServer(copy);
	const page = await browser.newPage();
	try {
		await page.goto(server.url + pagePath, { timeout: 120_000 });
		const times: number[] = [];
		for (let run = 1; run <= runs; run++) {
			await new Promise((resolve) => setTimeout(resolve, 2_000));
			const words = `Words saved in run ${run}.`;
			const saved = performance.now();
			// The new words open the note's body, after the frontmatter.
			writeFileSync(note, original.replace(/\n---\n\n/, `\n---\n\n${words} `));
			await page.waitForFunction(
				(text) => document.documentElement.textContent?.includes(text),
				words,
				{ timeout: 60_000, polling: 50 },
			);
			times.push(Math.round(performance.now() - saved));
		}
		return times;
	} finally {
		await page.close();
		await server.stop();
		rmSync(path.dirname(copy), { recursive: true, force: true });
	}
}
