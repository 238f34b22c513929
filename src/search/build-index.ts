import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import { htmlFiles, pageUrl } from '../core/built-pages.ts';

/** How many pages are handed to Pagefind at once: enough to keep it busy, few enough to hold little. */
const IN_FLIGHT = 4;

/**
 * Writes the Pagefind search index for a built site into `<site>/pagefind/`.
 * Only elements marked `data-pagefind-body` are indexed (each contribution's own page), so
 * chrome, lists and the thread page (which repeats the contributions) add no duplicate results.
 *
 * Pages are read and handed over a few at a time, in a fixed order, and only those with something
 * to index: given the whole folder, Pagefind reads every page at once, which at a thousand
 * conversations held a quarter of a gigabyte more for the same index.
 *
 * @returns the number of pages indexed
 */
export async function buildSearchIndex(siteDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const files = htmlFiles(siteDir);
		let next = 0;
		let indexed = 0;
		const addPages = async () => {
			while (next < files.length) {
				const file = files[next++]!;
				const content = readFileSync(file, 'utf8');
				if (!content.includes('data-pagefind-body')) continue;
				const added = await index.addHTMLFile({ url: pageUrl(siteDir, file), content });
				if (added.errors.length > 0)
					throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
				indexed++;
			}
		};
		await Promise.all(Array.from({ length: IN_FLIGHT }, addPages));
		const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return indexed;
	} finally {
		await pagefind.close();
	}
}
