/**
 * `npm run urls:update`: records the built site's public URLs and citable anchors in
 * tests/build/public-urls.txt. Run it after adding pages on purpose; the build tests then keep
 * every listed URL alive. It refuses to drop a listed URL: removing one is a decision made by
 * editing the file by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PUBLIC_URLS_FILE, publicUrlsOfBuild } from '../tools/public-urls.ts';

const header =
	'# Every public URL and citable anchor of the site. Published links must keep working:\n# the build tests fail if one disappears. Add new ones with `npm run urls:update`.\n';
const listed = readFileSync(PUBLIC_URLS_FILE, { encoding: 'utf8', flag: 'a+' })
	.split('\n')
	.filter((line) => line && !line.startsWith('#'));
const built = publicUrlsOfBuild();
const lost = listed.filter((url) => !built.includes(url));
if (lost.length > 0) {
	console.error(
		`These published URLs are gone from the build; restore them, or delete them from ${PUBLIC_URLS_FILE} by hand if that is really meant:\n${lost.join('\n')}`,
	);
	process.exit(1);
}
writeFileSync(PUBLIC_URLS_FILE, header + built.join('\n') + '\n');
console.log(`${PUBLIC_URLS_FILE}: ${built.length} URLs (${built.length - listed.length} new)`);
