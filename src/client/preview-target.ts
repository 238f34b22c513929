/**
 * What a link previews, from its address alone: a post of the conversation, a person, or a
 * reference on the same page. Pure and tiny, because the page script uses it to decide, before
 * anything loads, whether a first tap on a touch screen previews rather than follows the link.
 */
export type PreviewTarget =
	{ kind: 'post' | 'person'; path: string } | { kind: 'reference'; id: string };

/**
 * @param href the link's address as written (`#c3`, `/people/cui-tiankai/`, `#ref-key`)
 * @param page the address of the page the link is on
 */
export function previewTarget(href: string, page: string): PreviewTarget | undefined {
	const here = new URL(page);
	const url = new URL(href, here);
	if (url.origin !== here.origin) return undefined;
	const path = url.pathname;
	if (url.hash.startsWith('#ref-'))
		return path === here.pathname
			? { kind: 'reference', id: decodeURIComponent(url.hash.slice(1)) }
			: undefined;
	const inThread = /^#(c\d+)$/.exec(url.hash);
	if (inThread && /^\/conversations\/[^/]+\/$/.test(path))
		return { kind: 'post', path: `${path}${inThread[1]}/` };
	if (url.hash) return undefined;
	if (/^\/conversations\/[^/]+\/c\d+\/$/.test(path)) return { kind: 'post', path };
	if (/^\/people\/[^/]+\/$/.test(path)) return { kind: 'person', path };
	return undefined;
}
