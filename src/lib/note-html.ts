import { referenceId } from '../core/urls.ts';

/**
 * A note's HTML for use away from its thread page: its citation links (`#ref-key`) point at the
 * references on the thread instead.
 *
 * @param base the thread's path or absolute URL, e.g. `/conversations/x/`
 */
export function noteHtmlFrom(html: string, base: string): string {
	return html.replaceAll(`href="#${referenceId('')}`, `href="${base}#${referenceId('')}`);
}
