import type { PreviewData } from '../lib/previews.ts';
import type { PreviewTarget } from './preview-target.ts';

/** A run of text in a preview, with its language where it is not English. */
export interface PreviewRun {
	text: string;
	lang?: string;
}

/** What a preview says: a heading, some lines, and the words of its link on to the target. */
export interface PreviewView {
	title: string;
	/** Each line is a paragraph of runs. A reference's lines are the page's own entry, not here. */
	lines: PreviewRun[][];
	go: string;
}

/**
 * What the preview of a link says, from the conversation's preview data: a post's number, writer
 * and first words; a person's name, one-line role and other names; for a reference, only the
 * frame (its text is the page's own reference entry). Undefined when the data knows nothing of
 * the target, so no empty preview is ever shown.
 */
export function previewView(target: PreviewTarget, data: PreviewData): PreviewView | undefined {
	if (target.kind === 'reference')
		return { title: 'Reference', lines: [], go: 'Go to the reference list' };
	if (target.kind === 'post') {
		const post = data.posts[target.path];
		return (
			post && {
				title: `${post.title} · ${post.by}`,
				lines: [[{ text: post.text }]],
				go: `Read ${post.title.toLowerCase()}`,
			}
		);
	}
	const person = data.people[target.path];
	if (!person) return undefined;
	const lines: PreviewRun[][] = [[{ text: person.role }]];
	if (person.names.length > 0) {
		lines.push([
			{ text: 'Also ' },
			...person.names.flatMap((name, index): PreviewRun[] => [
				...(index > 0 ? [{ text: ' · ' }] : []),
				name.lang ? { text: name.text, lang: name.lang } : { text: name.text },
			]),
		]);
	}
	return { title: person.name, lines, go: `About ${person.name}` };
}
