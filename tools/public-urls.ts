import { isPublicAnchor } from '../src/core/urls.ts';
import { htmlPages, page } from './dist.ts';

/** The file that lists every public URL and citable anchor the site has ever published. */
export const PUBLIC_URLS_FILE = 'tests/build/public-urls.txt';

/** Every page of the built site (but the 404 page) and every citable anchor on it, sorted. */
export function publicUrlsOfBuild(): string[] {
	return htmlPages()
		.filter((url) => url !== '/404.html')
		.flatMap((url) => {
			const $ = page(url);
			const anchors = $('[id]')
				.toArray()
				.map((element) => $(element).attr('id')!)
				.filter(isPublicAnchor)
				.map((id) => `${url}#${id}`);
			return [url, ...anchors];
		})
		.sort();
}
