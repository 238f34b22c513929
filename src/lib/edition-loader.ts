import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../loader/content-error.ts';
import type { Edition } from '../model/model.ts';

/**
 * What the `edition` collection holds in `astro dev`: the edition, the problems that stop it,
 * or, should the loading itself break, what broke.
 */
export type LiveEdition =
	{ edition: Edition } | { problems: ContentProblem[] } | { failure: string };

/** The one entry of the `edition` collection. */
export const LIVE_EDITION_ID = 'edition';

/**
 * The content folder as an Astro content-layer loader, for `astro dev`: it loads the whole
 * edition (checked and rendered, exactly as the build does) into Astro's data store, declares the
 * content folder to the dev server's watcher, and loads again whenever a file under it changes.
 * Astro then clears its cached routes and reloads the browser. A mistake is stored instead of
 * the edition, printed in the terminal, and thrown by `getEdition()` into Astro's error overlay.
 *
 * Outside the dev server (no watcher) it stores nothing: `npm run build` checks and renders the
 * content beforehand, on every core, and hands Astro a snapshot (see scripts/build.ts).
 */
export function editionLoader(contentDir = process.env.EDITION_CONTENT_DIR ?? 'content'): Loader {
	return {
		name: 'edition',
		async load(context: LoaderContext) {
			context.store.clear();
			if (!context.watcher) return;
			// Imported only here: the rest of the time nothing of the loading is needed.
			const { loadEdition } = await import('../loader/load-edition.ts');
			// Every save loads again: files whose text did not change need not be parsed again.
			(await import('../loader/parse-cache.ts')).rememberParses();
			const reload = () => loadInto(context, () => loadEdition(contentDir));
			const root = path.resolve(contentDir);
			reload();
			context.watcher.add(root);
			let pending: ReturnType<typeof setTimeout> | undefined;
			context.watcher.on('all', (_event, file) => {
				if (!path.resolve(file).startsWith(root + path.sep)) return;
				// An editor's save can be several events (write, rename); load once they settle.
				clearTimeout(pending);
				pending = setTimeout(reload, 50);
			});
		},
	};
}

function loadInto(context: LoaderContext, load: () => Edition): void {
	const { store, logger } = context;
	const started = performance.now();
	let data: LiveEdition;
	try {
		data = { edition: load() };
		logger.info(`content loaded in ${Math.round(performance.now() - started)} ms`);
	} catch (error) {
		data =
			error instanceof ContentError
				? { problems: [...error.problems] }
				: { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
		logger.error(error instanceof Error ? error.message : String(error));
	}
	store.set({ id: LIVE_EDITION_ID, data, digest: context.generateDigest(JSON.stringify(data)) });
}
