import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_URLS_FILE, publicUrlsOfBuild } from '../../tools/public-urls.ts';

describe('published links never break', () => {
	it(`the built site's URLs and citable anchors equal ${PUBLIC_URLS_FILE}`, () => {
		const listed = readFileSync(PUBLIC_URLS_FILE, 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#'));
		const built = publicUrlsOfBuild();
		const removed = listed.filter((url) => !built.includes(url));
		const added = built.filter((url) => !listed.includes(url));
		// A removed URL breaks a published link. A new one must be added to the list on purpose
		// (`npm run urls:update`), so that from then on it is kept too.
		expect({ removed, added }).toEqual({ removed: [], added: [] });
	});
});
