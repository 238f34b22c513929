import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind search index for a built site into `<site>/pagefind/`.
 * Only elements marked `data-pagefind-body` are indexed (each contribution's own page), so
 * chrome, lists and the thread page (which repeats the contributions) add no duplicate results.
 *
 * @returns the number of pages indexed
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length > 0)
			throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
