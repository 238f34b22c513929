import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ContentError, type ContentProblem } from './content-error.ts';
import { conversationFolders } from './content-folders.ts';
import { readContent } from './read-content.ts';
import { unusedOf } from './unused-speakers.ts';
import { loadShare, type LoadedShare } from './load-share.ts';

/** Below this many conversations, starting workers costs more than it saves (the default of `parallelFrom`). */
const PARALLEL_FROM = 40;
/** At most this many conversations a share, so a worker's memory stays small whatever the corpus. */
const SHARE_SIZE = 250;

export interface PreparedEdition {
	/** The snapshot files, in order, joined with the path delimiter: the value of `EDITION_SNAPSHOT`. */
	snapshot: string;
	conversations: number;
	contributions: number;
	notes: number;
	speakers: number;
	people: number;
}

/**
 * Loads, checks and renders the content on every core and writes it as a snapshot for Astro.
 * Conversations are independent once speakers and people are known, so each worker loads a
 * contiguous share of at most 250 of them (with the small shared files) and writes its own
 * snapshot file; only counts and ids come back. Problems from all shares are reported together,
 * each once.
 *
 * @param snapshotBase where to write: `<base>-1.json`, `<base>-2.json` …
 * @param options.parallelFrom the fewest conversations loaded in workers (tests lower it to use a small corpus)
 * @param options.shareSize the most conversations in a share (tests lower it to give a worker several shares)
 */
export async function prepareEdition(
	contentDir: string,
	snapshotBase: string,
	projectDir = process.cwd(),
	{
		parallelFrom = PARALLEL_FROM,
		shareSize = SHARE_SIZE,
	}: { parallelFrom?: number; shareSize?: number } = {},
): Promise<PreparedEdition> {
	const names = conversationFolders(path.resolve(projectDir, contentDir)).map((dir) =>
		path.basename(dir),
	);
	const count =
		names.length < parallelFrom
			? 1
			: Math.max(os.availableParallelism(), Math.ceil(names.length / shareSize));
	const size = Math.ceil(names.length / count) || 1;
	const tasks = Array.from({ length: count }, (_, index) => ({
		contentDir,
		projectDir,
		only: names.slice(index * size, (index + 1) * size),
		file: `${snapshotBase}-${index + 1}.json`,
	}));
	const shares =
		count === 1
			? [loadShare({ contentDir, projectDir, file: tasks[0]!.file })]
			: await runPool(tasks, os.availableParallelism());

	const problems = new Map<string, ContentProblem>();
	for (const result of shares)
		for (const problem of result.problems ?? []) problems.set(JSON.stringify(problem), problem);
	// Ids must be unique across shares too.
	const seen = new Map<string, string>();
	for (const { id, file, line } of shares.flatMap((result) => result.conversations ?? [])) {
		const first = seen.get(id);
		if (first)
			problems.set(file, {
				file,
				field: 'id',
				line,
				message: `${JSON.stringify(id)} is already the id of the conversation in ${first}; ids must be unique`,
			});
		seen.set(id, file);
	}
	// One share sees only its own conversations, so a speaker is unused only if no share used it.
	if (problems.size === 0 && shares.length > 1) {
		const used = new Set(shares.flatMap((result) => result.usedSpeakers ?? []));
		const { speakers } = readContent(path.resolve(projectDir, contentDir), projectDir, new Set());
		for (const problem of unusedOf(speakers, used)) problems.set(problem.file, problem);
	}
	if (problems.size > 0) throw new ContentError([...problems.values()]);

	const total = (key: 'contributions' | 'notes') =>
		shares.reduce((sum, result) => sum + (result[key] ?? 0), 0);
	return {
		snapshot: shares.map((result) => result.file).join(path.delimiter),
		conversations: seen.size,
		contributions: total('contributions'),
		notes: total('notes'),
		speakers: shares[0]!.speakers ?? 0,
		people: shares[0]!.people ?? 0,
	};
}

/**
 * Runs the shares on at most `concurrency` workers, keeping their order. A worker takes one share
 * after another: starting one costs a second or two (loading the modules, building citeproc's
 * engines), which each further share would pay again.
 */
async function runPool(tasks: ShareTask[], concurrency: number): Promise<LoadedShare[]> {
	const results: LoadedShare[] = [];
	let next = 0;
	const lane = async () => {
		const worker = startWorker();
		try {
			while (next < tasks.length) {
				const index = next++;
				results[index] = await worker.run(tasks[index]!);
			}
		} finally {
			await worker.stop();
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, lane));
	return results;
}

type ShareTask = { contentDir: string; projectDir: string; only: string[]; file: string };

function startWorker() {
	// A share's edition takes a few hundred MB; the cap keeps a runaway from taking the machine.
	const worker = new Worker(new URL('./load-worker.ts', import.meta.url), {
		resourceLimits: { maxOldGenerationSizeMb: 1024 },
	});
	let pending:
		{ resolve: (share: LoadedShare) => void; reject: (error: Error) => void } | undefined;
	let failure: Error | undefined;
	const fail = (error: Error) => {
		failure ??= error;
		pending?.reject(error);
		pending = undefined;
	};
	worker.on('message', (share: LoadedShare) => {
		pending?.resolve(share);
		pending = undefined;
	});
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`A content worker stopped with code ${code}`)));
	return {
		run: (task: ShareTask) =>
			new Promise<LoadedShare>((resolve, reject) => {
				if (failure) return reject(failure);
				pending = { resolve, reject };
				worker.postMessage(task);
			}),
		stop: () => worker.terminate().then(() => undefined),
	};
}
