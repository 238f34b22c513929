import path from 'node:path';
import { renderContribution, renderProse } from '../markdown/render.ts';
import { ContentError } from './content-error.ts';
import { crossCheck } from './cross-checks.ts';
import type { Contribution, Conversation, Edition, Speaker } from './model.ts';
import { readContent, type Draft } from './read-content.ts';
import type { SpeakerData } from '../schemas/speaker.ts';

/**
 * Reads, checks and renders all content. Throws a `ContentError` listing every problem when
 * anything is wrong, so a build never starts from half-valid content.
 *
 * @param contentDir the content folder (default `content` in the project)
 * @param projectDir the folder file names in messages are relative to (default: the working directory)
 */
export function loadEdition(contentDir = 'content', projectDir = process.cwd()): Edition {
	const drafts = readContent(path.resolve(projectDir, contentDir), projectDir);
	const problems = [...drafts.problems, ...crossCheck(drafts)];
	if (problems.length > 0) throw new ContentError(problems);

	const speakers = new Map(drafts.speakers.map((draft) => [draft.data.id, toSpeaker(draft)]));
	const conversations: Conversation[] = drafts.conversations.map((draft) => {
		const contributions: Contribution[] = draft.contributions.map((c) => ({
			id: c.data.id,
			number: c.data.number,
			speaker: speakers.get(c.data.speaker)!,
			attribution: c.data.attribution,
			replyTo: c.data.replyTo,
			replies: draft.contributions.filter((other) => other.data.replyTo.includes(c.data.id)).map((other) => other.data.id),
			...(c.data.replyNote ? { replyNote: c.data.replyNote } : {}),
			boundary: c.data.boundary,
			paragraphs: c.paragraphs.map((p) => p.text),
			html: renderContribution(c.body, { id: c.data.id, number: c.data.number }),
			file: c.file,
		}));
		return { ...draft.data, introHtml: renderProse(draft.body), contributions, sourceText: draft.sourceText ?? '', file: draft.file };
	});
	return { conversations, speakers: sortSpeakers([...speakers.values()]) };
}

function toSpeaker(draft: Draft<SpeakerData>): Speaker {
	const { name, unnamedReason, affiliation, sortName, ...rest } = draft.data;
	return {
		...rest,
		...(name ? { name } : {}),
		...(unnamedReason ? { unnamedReason } : {}),
		...(affiliation ? { affiliation } : {}),
		sortName: sortName ?? name ?? draft.data.id,
		bioHtml: renderProse(draft.body),
		file: draft.file,
	};
}

/** Named speakers A–Z by sort name, then the unnamed in id order. */
function sortSpeakers(speakers: Speaker[]): Speaker[] {
	return speakers.sort((a, b) => Number(!a.name) - Number(!b.name) || a.sortName.localeCompare(b.sortName, 'en'));
}
