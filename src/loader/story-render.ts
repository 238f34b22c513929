import { toString } from 'hast-util-to-string';
import { citationLinker } from '../citations/citation-links.ts';
import type { CslItem } from '../citations/engine.ts';
import { renderCitedProse } from '../markdown/render-cited-prose.ts';
import { renderNote } from '../markdown/render.ts';
import type { Annotation, Contribution, Story, TimelineEvent } from '../model/model.ts';
import type { ConversationDraft } from './drafts.ts';
import { splitPassage } from './story-checks.ts';
import { referenceId } from '../core/urls.ts';

/** Every citation key the story cites, so the references list includes them. */
export function storyKeys(draft: ConversationDraft): string[] {
	return [
		...(draft.timeline?.events.flatMap((event) => event.keys) ?? []),
		...(draft.afterword?.keys ?? []),
	];
}

/**
 * Renders the timeline and afterword. `items` is the whole reference list, notes' and story's,
 * so citeproc disambiguates ("Xinhua 2013a, b") the same way in the notes and here.
 */
export function renderStory(
	draft: ConversationDraft,
	items: readonly CslItem[],
	contributions: readonly Contribution[],
	annotations: readonly Annotation[],
): Story {
	const groups = [
		...(draft.timeline?.events.flatMap((event) => event.groups) ?? []),
		...(draft.afterword?.groups ?? []),
	];
	const cite = citationLinker(items, groups, (id) => `#${referenceId(id)}`);
	const numberOf = new Map(contributions.map((c) => [c.id, c.number]));
	const noteNumber = new Map(annotations.map((note) => [note.id, note.number]));
	const timeline = (draft.timeline?.events ?? []).map((event): TimelineEvent => {
		const { body, html } = renderNote(event.event, cite);
		return {
			id: event.id,
			date: event.date,
			...(event.until ? { until: event.until } : {}),
			html,
			// From the tree, not by stripping tags from the HTML, which would leave `&amp;` in the text.
			text: toString({ type: 'root', children: body }),
			cites: event.keys,
			posts: event.posts.map((id) => {
				const { contribution, paragraph } = splitPassage(id);
				return {
					id,
					contribution,
					number: numberOf.get(contribution)!,
					...(paragraph ? { paragraph } : {}),
				};
			}),
			notes: event.notes.map((id) => ({ id, number: noteNumber.get(id)! })),
		};
	});
	const afterword = draft.afterword && {
		title: draft.afterword.data.title,
		html: renderCitedProse(draft.afterword.body, cite),
		cites: draft.afterword.keys,
		file: draft.afterword.file,
	};
	return { timeline, ...(afterword ? { afterword } : {}) };
}
