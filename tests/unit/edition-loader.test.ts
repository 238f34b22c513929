import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { editionLoader, LIVE_EDITION_ID, type LiveEdition } from '../../src/lib/edition-loader.ts';
import { fixtureProject } from '../support/fixtures.ts';

/** The parts of Astro's loader context the edition loader uses, recorded. */
function fakeContext(watching: boolean) {
	const entries = new Map<string, LiveEdition>();
	const logged: string[] = [];
	const watcher = Object.assign(new EventEmitter(), {
		added: [] as string[],
		add: (dir: string) => watcher.added.push(dir),
	});
	const context = {
		store: {
			clear: () => entries.clear(),
			set: ({ id, data }: { id: string; data: LiveEdition }) => (entries.set(id, data), true),
		},
		logger: { info: () => {}, error: (message: string) => logged.push(message) },
		generateDigest: (data: string) => String(data.length),
		...(watching ? { watcher } : {}),
	} as unknown as LoaderContext;
	return { context, entries, logged, watcher };
}

/** The loader waits for a burst of events to settle, then loads: give it time on a loaded machine. */
const settle = (ms = 2_000) => new Promise((resolve) => setTimeout(resolve, ms));
const stored = (entries: Map<string, LiveEdition>) =>
	Object.keys(entries.get(LIVE_EDITION_ID) ?? {})[0];

describe('the edition as an Astro content-layer loader', () => {
	it('in the dev server: loads the edition, watches the content folder, and reloads on a change, storing a mistake in its place', async () => {
		const { contentDir } = fixtureProject();
		const { context, entries, logged, watcher } = fakeContext(true);
		await editionLoader(contentDir).load(context);
		expect(watcher.added).toEqual([path.resolve(contentDir)]);
		const first = entries.get(LIVE_EDITION_ID);
		expect(first && 'edition' in first && first.edition.conversations[0]!.id).toBe('mini');

		const note = path.join(contentDir, 'conversations/mini/annotations/first.md');
		writeFileSync(
			note,
			readFileSync(note, 'utf8').replace('motivation: commenting', 'motivation: commentin'),
		);
		watcher.emit('all', 'change', note);
		await expect.poll(() => stored(entries), { timeout: 20_000 }).toBe('problems');
		const broken = entries.get(LIVE_EDITION_ID);
		expect(
			broken &&
				'problems' in broken &&
				broken.problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.field}`),
		).toEqual(['first.md:6 motivation']);
		expect(logged.join('\n')).toMatch(/annotations\/first\.md:6 motivation: must be one of/);

		// A change outside the content folder is not the edition's business.
		writeFileSync(
			note,
			readFileSync(note, 'utf8').replace('motivation: commentin', 'motivation: commenting'),
		);
		watcher.emit('all', 'change', path.resolve('README.md'));
		await settle();
		expect(stored(entries)).toBe('problems');
		watcher.emit('all', 'change', note);
		await expect.poll(() => stored(entries), { timeout: 20_000 }).toBe('edition');
	}, 90_000);

	it('outside the dev server (no watcher): stores nothing, the build hands Astro its snapshot', async () => {
		const { context, entries } = fakeContext(false);
		await editionLoader('does-not-exist').load(context);
		expect(entries.size).toBe(0);
	});
});
