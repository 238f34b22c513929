import type { PreviewData } from '../lib/previews.ts';
import { previewTarget } from './preview-target.ts';
import { previewView, type PreviewView } from './preview-view.ts';

/**
 * Link previews, loaded by the page script on the first hover, focus or tap of a link to a post,
 * a person or a reference. This module only lays out: what a preview says comes from
 * `previewView`. One preview at a time, in an overlay beside its link, so the text never moves.
 * It stays open while the pointer is over the link or the preview (WCAG 1.4.13), and closes
 * with Esc, by moving away, or by a tap elsewhere. On a touch screen the first tap previews and a
 * second tap on the link (or the preview's own link) goes on.
 */

const OPEN_DELAY = 200;
const CLOSE_DELAY = 300;

let data: Promise<PreviewData> | undefined;
let box: HTMLElement | undefined;
let current: Element | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const later = (then: () => void, ms: number) => {
	clearTimeout(timer);
	timer = setTimeout(then, ms);
};

/** Handles an event the page script relayed for `link`; `dataUrl` is the conversation's preview data. */
export function preview(event: Event, link: Element, dataUrl: string): void {
	const touch = (event as PointerEvent).pointerType === 'touch';
	const leaving = (event as FocusEvent).relatedTarget as Node | null;
	switch (event.type) {
		case 'pointerover':
			if (!touch) later(() => void open(link, dataUrl), OPEN_DELAY);
			break;
		case 'focusin':
			clearTimeout(timer);
			void open(link, dataUrl);
			break;
		case 'pointerout':
		case 'focusout':
			if (!box?.contains(leaving)) later(close, CLOSE_DELAY);
			break;
		case 'click':
			if (touch && !link.hasAttribute('data-previewing')) {
				void open(link, dataUrl).then((shown) => {
					if (shown) link.setAttribute('data-previewing', '');
					// Nothing to preview after all: the tap goes where the link does.
					else location.assign(link.getAttribute('href')!);
				});
			}
	}
}

async function open(link: Element, dataUrl: string): Promise<boolean> {
	const href = link.getAttribute('href') ?? '';
	const target = previewTarget(href, location.href);
	if (!target) return false;
	if (current === link && box && !box.hidden) return true;
	// Without its data (offline, say) a link to a post or a person previews nothing and stays a link.
	const none: PreviewData = { posts: {}, people: {} };
	data ??= fetch(dataUrl)
		.then((response) => (response.ok ? (response.json() as Promise<PreviewData>) : none))
		.catch(() => none);
	const view = previewView(target, await data);
	const entry = target.kind === 'reference' ? document.getElementById(target.id) : undefined;
	if (!view || entry === null) return false;
	close();
	current = link;
	const frame = render(view, href, entry);
	link.setAttribute('aria-describedby', frame.id);
	place(frame, link);
	return true;
}

function close(): void {
	clearTimeout(timer);
	if (!box || box.hidden) return;
	box.hidden = true;
	current?.removeAttribute('aria-describedby');
	current?.removeAttribute('data-previewing');
	current = undefined;
}

function render(view: PreviewView, href: string, entry: Element | undefined): HTMLElement {
	box ??= createBox();
	const heading = element('p', 'preview-title', view.title);
	const lines = view.lines.map((runs) => {
		const line = element('p');
		for (const run of runs) {
			const span = element('span', undefined, run.text);
			if (run.lang) span.lang = run.lang;
			line.append(run.lang ? span : run.text);
		}
		return line;
	});
	if (entry)
		lines.push(
			element('p', undefined, ...[...entry.childNodes].map((node) => node.cloneNode(true))),
		);
	const go = element('a', 'preview-go', `${view.go} →`) as HTMLAnchorElement;
	go.href = href;
	box.replaceChildren(heading, ...lines, element('p', undefined, go));
	box.setAttribute('aria-label', `Preview: ${view.title}`);
	box.hidden = false;
	return box;
}

function createBox(): HTMLElement {
	const aside = element('aside', 'preview');
	aside.id = 'link-preview';
	aside.hidden = true;
	aside.addEventListener('pointerenter', () => clearTimeout(timer));
	aside.addEventListener('pointerleave', () => later(close, CLOSE_DELAY));
	aside.addEventListener('focusout', (event) => {
		const next = event.relatedTarget as Node | null;
		if (!aside.contains(next) && next !== current) later(close, CLOSE_DELAY);
	});
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || aside.hidden) return;
		if (aside.contains(document.activeElement)) (current as HTMLElement | undefined)?.focus();
		close();
	});
	document.addEventListener('pointerdown', (event) => {
		const on = event.target as Node;
		if (!aside.contains(on) && !current?.contains(on)) close();
	});
	document.body.append(aside);
	return aside;
}

/**
 * Below the link's first line, or above it when there is no room below; not past the right edge
 * of the link's paragraph (where a note may stand in the margin) and never off the page's sides.
 */
function place(frame: HTMLElement, link: Element): void {
	const line = link.getClientRects()[0] ?? link.getBoundingClientRect();
	const { offsetWidth: width, offsetHeight: height } = frame;
	const room = document.documentElement.clientWidth;
	const edge = link.closest('p, li')?.getBoundingClientRect().right ?? room;
	const below = line.bottom + height + 8 <= innerHeight || line.top < height + 8;
	frame.style.top = `${scrollY + (below ? line.bottom + 6 : line.top - height - 6)}px`;
	frame.style.left = `${scrollX + Math.max(8, Math.min(line.left, edge - width, room - width - 8))}px`;
}

function element(tag: string, className?: string, ...children: (Node | string)[]): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...children);
	return node;
}
