/**
 * A contribution's reference-list entries (`<dd>`s: Chicago, APA, MLA), for the passage
 * control's "Cite this passage". The thread links to each contribution's own "cite this"
 * instead of carrying every style of every post, so there they are read from the contribution's
 * page, fetched when a reader asks to cite (its page holds its citations alone).
 */
export async function citeStyles(article: Element): Promise<Element[]> {
	const link = article.querySelector<HTMLAnchorElement>('p.cite-this a');
	const source = link
		? new DOMParser().parseFromString(await (await fetch(link.href)).text(), 'text/html')
		: article;
	return [...source.querySelectorAll('.cite-this dd:not(:has(pre,[download]))')];
}
