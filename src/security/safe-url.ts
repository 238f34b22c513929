/**
 * Which addresses the edition publishes. Every URL an editor writes (a reference's `URL`, a
 * source's `url`, a link in a note) ends up in an `href`; only the schemes a reader expects are
 * let through, so that no address can run script or smuggle markup, whatever the page's
 * Content-Security-Policy says.
 */

/** Characters RFC 3986 never allows in a URL (a quote could close an attribute, `<` open a tag). */
const FORBIDDEN = /[\s"<>\\^`{|}\p{Cc}]/u;

/**
 * The address, normalised (`HTTPS://Example.org` → `https://example.org/`), when it is a
 * well-formed absolute http(s) URL with a host and no user name or password; undefined otherwise.
 */
export function normaliseHttpUrl(value: string): string | undefined {
	if (FORBIDDEN.test(value) || !/^https?:\/\//i.test(value)) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	if (
		(url.protocol !== 'http:' && url.protocol !== 'https:') ||
		url.hostname === '' ||
		url.username ||
		url.password
	)
		return undefined;
	return url.href;
}

/** A link on one of the edition's own pages: a path (`/about/`) or a fragment (`#ref-x`), not `//host`. */
export function isSameSitePath(value: string): boolean {
	return /^(?:\/(?![/\\])|#)/.test(value) && !FORBIDDEN.test(value);
}

/**
 * Whether a link target in editors' Markdown may be published: an absolute http(s) URL, a
 * `mailto:` address or a path of the site. Everything else (`javascript:`, `data:`, `//host`,
 * `vbscript:`) is refused.
 */
export function isAllowedLink(value: string): boolean {
	return (
		normaliseHttpUrl(value) !== undefined ||
		isSameSitePath(value) ||
		/^mailto:[^\s"<>\\]+@[^\s"<>\\]+$/i.test(value)
	);
}

/** Whether an image may be shown: only the site's own files (an off-site image is a tracker). */
export function isAllowedImage(value: string): boolean {
	return /^\/(?![/\\])/.test(value) && !FORBIDDEN.test(value);
}
