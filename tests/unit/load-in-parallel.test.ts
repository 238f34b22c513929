import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { ContentError } from '../../src/loader/content-error.ts';
import { loadEdition } from '../../src/loader/load-edition.ts';
import { prepareEdition } from '../../src/loader/load-in-parallel.ts';
import { readSnapshot } from '../../src/loader/snapshot.ts';

/** A project folder holding a synthetic corpus, loaded in parallel by lowering the threshold. */
function corpus(conversations: number) {
	const projectDir = mkdtempSync(path.join(tmpdir(), 'edition-parallel-'));
	writeSyntheticCorpus(path.join(projectDir, 'content'), conversations);
	return projectDir;
}

/** Loads a corpus project in workers however small it is (the threshold lowered to 2). */
function prepareInParallel(projectDir: string, options: { shareSize?: number } = {}) {
	return prepareEdition('content', path.join(projectDir, 'edition'), projectDir, {
		parallelFrom: 2,
		...options,
	});
}

describe('loading on every core', () => {
	it(
		'gives the same edition as loading in one thread, in the same order',
		{ timeout: 120_000 },
		async () => {
			const projectDir = corpus(5);
			const prepared = await prepareInParallel(projectDir);
			expect(prepared.snapshot.split(path.delimiter).length).toBeGreaterThan(1);
			expect(prepared).toMatchObject({ conversations: 5, contributions: 35 });

			const parallel = readSnapshot(prepared.snapshot);
			const single = JSON.parse(JSON.stringify(loadEdition('content', projectDir)));
			expect(parallel.conversations.map((c) => c.id)).toEqual(
				single.conversations.map((c: { id: string }) => c.id),
			);
			expect(parallel).toEqual(single);
		},
	);

	it(
		'gives the same edition when each worker loads several shares in turn',
		{ timeout: 120_000 },
		async () => {
			const projectDir = corpus(5);
			const prepared = await prepareInParallel(projectDir, { shareSize: 1 });
			// Five shares of one conversation, more than there are workers (one a core).
			expect(prepared.snapshot.split(path.delimiter)).toHaveLength(5);
			const single = JSON.parse(JSON.stringify(loadEdition('content', projectDir)));
			expect(readSnapshot(prepared.snapshot)).toEqual(single);
		},
	);

	it(
		'reports a mistake in any share with its file and line, once',
		{ timeout: 120_000 },
		async () => {
			const projectDir = corpus(5);
			const file = path.join(
				projectDir,
				'content/conversations/synthetic-0004/contributions/03-post.md',
			);
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace('speaker: unnamed-writer', 'speaker: nobody-at-all'),
			);
			const attempt = prepareInParallel(projectDir);
			await expect(attempt).rejects.toBeInstanceOf(ContentError);
			const problems = await attempt.catch((error: ContentError) => error.problems);
			expect(problems).toEqual([
				expect.objectContaining({
					file: 'content/conversations/synthetic-0004/contributions/03-post.md',
					field: 'speaker',
					line: 4,
				}),
			]);
		},
	);

	it(
		'reports an id repeated across shares at the line of the id',
		{ timeout: 120_000 },
		async () => {
			const projectDir = corpus(5);
			const file = path.join(projectDir, 'content/conversations/synthetic-0004/conversation.md');
			writeFileSync(
				file,
				readFileSync(file, 'utf8').replace('id: synthetic-0004', 'id: synthetic-0000'),
			);
			const attempt = prepareInParallel(projectDir);
			const problems = await attempt.then(
				() => [],
				(error: ContentError) => error.problems,
			);
			expect(problems).toEqual([
				{
					file: 'content/conversations/synthetic-0004/conversation.md',
					field: 'id',
					line: 2,
					message:
						'"synthetic-0000" is already the id of the conversation in content/conversations/synthetic-0000/conversation.md; ids must be unique',
				},
			]);
		},
	);
});
