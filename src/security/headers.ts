import { createHash } from 'node:crypto';

/**
 * The site's security policy, in one place: Astro writes the Content-Security-Policy into every
 * page as a `<meta>` (with hashes of anything it inlines), and the build writes the same policy,
 * with what a `<meta>` cannot carry (`frame-ancestors`), into `_headers` for static hosts.
 *
 * Why each source:
 * - scripts: only the site's own files; `'wasm-unsafe-eval'` because Pagefind's search engine
 *   is WebAssembly, and the search dialog is on every page. Never `'unsafe-inline'`.
 * - styles: the site's own stylesheet, inlined in each page (one request fewer before the text
 *   shows) and allowed by its hash; fonts, images, fetches: the site's own files only; no third
 *   party is ever contacted.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * The whole policy as a header value, with `frame-ancestors`, which only a header can set, and
 * the hashes of the stylesheets the pages inline (the same policy as the pages' own).
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
	const styles = [...STYLE_SOURCES, ...styleHashes.map((hash) => `'${hash}'`)];
	return [
		...CSP_DIRECTIVES,
		`script-src ${SCRIPT_SOURCES.join(' ')}`,
		`style-src ${styles.join(' ')}`,
		"frame-ancestors 'none'",
	].join('; ');
}

/** The CSP hash (`sha256-…`) of every distinct inline `<style>` in some HTML pages. */
export function inlineStyleHashes(pages: Iterable<string>): string[] {
	const hashes = new Set<string>();
	for (const html of pages) {
		for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
			hashes.add(`sha256-${createHash('sha256').update(match[1]!).digest('base64')}`);
		}
	}
	return [...hashes].sort();
}

/**
 * The Web Annotation media type: JSON-LD with the annotation model's context as its profile, so
 * a client knows what it reads before parsing it.
 * @see https://www.w3.org/TR/annotation-protocol/#annotation-retrieval
 */
export const ANNOTATION_MEDIA_TYPE =
	'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';

/** Files whose media type a host cannot tell from their extension. */
const MEDIA_TYPES: [string, string][] = [
	['/conversations/*/annotations.jsonld', ANNOTATION_MEDIA_TYPE],
];

/** Headers for every path, then the media types above, in the `_headers` format Netlify and Cloudflare Pages read. */
export function headersFile(styleHashes: readonly string[] = []): string {
	const headers: [string, string][] = [
		['Content-Security-Policy', contentSecurityPolicy(styleHashes)],
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		[
			'Permissions-Policy',
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
		],
		['X-Frame-Options', 'DENY'],
		['Cross-Origin-Opener-Policy', 'same-origin'],
	];
	return [
		'/*',
		...headers.map(([name, value]) => `  ${name}: ${value}`),
		...MEDIA_TYPES.flatMap(([path, type]) => [path, `  Content-Type: ${type}`]),
		'',
	].join('\n');
}
