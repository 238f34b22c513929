import path from 'node:path';
import { citationLinker } from '../citations/citation-links.ts';
import { formatBibliography, type CslItem } from '../citations/engine.ts';
import { locateQuote } from '../annotations/anchor.ts';
import { citeContributions } from '../model/cite-this.ts';
import type { CitationSet } from '../model/model.ts';
import { contributionPath, personPath, referenceId } from '../core/urls.ts';
import { renderContribution, renderNote, renderProse } from '../markdown/render.ts';
import type { Mention } from '../markdown/rehype-people-links.ts';
import { ContentError } from './content-error.ts';
import { crossCheck } from './cross-checks.ts';
import type {
	Annotation,
	Contribution,
	Conversation,
	Edition,
	ReferenceEntry,
	Speaker,
} from '../model/model.ts';
import { placePostLinks } from './post-links.ts';
import type { ContentDrafts, ConversationDraft } from './drafts.ts';
import { readContent } from './read-content.ts';
import { renderStory, storyKeys } from './story-render.ts';
import { sortSpeakers, speakersAndPeople } from './speakers-and-people.ts';

/**
 * Reads, checks and renders all content. Throws a `ContentError` listing every problem when
 * anything is wrong, so a build never starts from half-valid content.
 *
 * @param contentDir the content folder (default `content` in the project)
 * @param projectDir the folder file names in messages are relative to (default: the working directory)
 * @param only when given, load just these conversation folders (see `prepareEdition`)
 */
export function loadEdition(
	contentDir = 'content',
	projectDir = process.cwd(),
	only?: ReadonlySet<string>,
): Edition {
	return editionFrom(checkContent(contentDir, projectDir, only));
}

/** Renders checked content into the Edition; its conversations keep the drafts' order. */
export function editionFrom(drafts: ContentDrafts): Edition {
	const shared = (drafts.references?.items ?? []) as CslItem[];
	const { speakers, people } = speakersAndPeople(drafts, shared);
	const mentions: Mention[] = people.flatMap((person) =>
		person.mentions.map((text) => ({ text, href: personPath(person.id) })),
	);

	// "Cite this" for every contribution first, through one engine run per style: batching is
	// what keeps a thousand conversations' citations to seconds. It needs only the metadata.
	const entries = drafts.conversations.flatMap((draft) =>
		draft.contributions.map((c) => ({
			conversation: draft.data,
			contribution: {
				id: c.data.id,
				number: c.data.number,
				speaker: speakers.get(c.data.speaker)!,
				paragraphs: c.paragraphs.map((p) => p.text),
			},
		})),
	);
	const citations = citeContributions(entries);
	let at = 0;
	const conversations = drafts.conversations.map((draft) =>
		assemble(
			draft,
			speakers,
			shared,
			mentions,
			citations.slice(at, (at += draft.contributions.length)),
		),
	);
	return { conversations, speakers: sortSpeakers([...speakers.values()]), people };
}

/**
 * Reads and checks content (all of it, or the conversations in `only`) without rendering it:
 * `npm run check:content` runs it alone, and `loadEdition` runs it before rendering anything, so
 * an editor's mistake is reported before any work is spent on it.
 *
 * @throws ContentError listing every problem
 */
export function checkContent(
	contentDir = 'content',
	projectDir = process.cwd(),
	only?: ReadonlySet<string>,
): ContentDrafts {
	const drafts = readContent(path.resolve(projectDir, contentDir), projectDir, only);
	const problems = [...drafts.problems, ...crossCheck(drafts)];
	if (problems.length > 0) throw new ContentError(problems);
	return drafts;
}

/**
 * A conversation, built once and complete: its references and notes, then each contribution's
 * body (with its notes, links and the people it mentions) beside its citations, then the story.
 */
function assemble(
	draft: ConversationDraft,
	speakers: Map<string, Speaker>,
	shared: readonly CslItem[],
	mentions: readonly Mention[],
	citations: readonly CitationSet[],
): Conversation {
	const references = referenceEntries(draft, shared);
	const annotations = annotationsOf(
		draft,
		references.map((r) => r.item),
	);
	const notes = annotations.map((a) => a.note);
	const links = placePostLinks(draft);
	const contributions: Contribution[] = draft.contributions.map((c, index) => ({
		id: c.data.id,
		number: c.data.number,
		speaker: speakers.get(c.data.speaker)!,
		attribution: c.data.attribution,
		replyTo: c.data.replyTo,
		replies: draft.contributions
			.filter((other) => other.data.replyTo.includes(c.data.id))
			.map((other) => other.data.id),
		...(c.data.replyNote ? { replyNote: c.data.replyNote } : {}),
		boundary: c.data.boundary,
		paragraphs: c.paragraphs.map((p) => p.text),
		html: renderContribution(c.body, {
			id: c.data.id,
			number: c.data.number,
			notes: annotations.filter((a) => a.note.contribution === c.data.id).map((a) => a.placed),
			links: links
				.filter((link) => link.contribution === c.data.id)
				.map((link) => ({ anchor: link.anchor, href: contributionPath(draft.data.id, link.link) })),
			mentions,
		}),
		citations: citations[index]!,
		file: c.file,
	}));
	return {
		...draft.data,
		introHtml: renderProse(draft.body),
		contributions,
		annotations: notes,
		links,
		references,
		story: renderStory(
			draft,
			references.map((r) => r.item),
			contributions,
			notes,
		),
		file: draft.file,
	};
}

/** Anchors, numbers (in reading order) and renders a conversation's notes. */
function annotationsOf(draft: ConversationDraft, items: readonly CslItem[]) {
	const order = new Map(draft.contributions.map((c) => [c.data.id, c.data.number]));
	const located = draft.annotations.map((note) => {
		const contribution = draft.contributions.find(
			(c) => c.data.id === note.data.target.contribution,
		)!;
		const result = locateQuote(
			contribution.paragraphs.map((p) => p.text),
			note.data.target,
		);
		if (!result.ok) throw new Error(`${note.file}: quote not found after checks passed`);
		return { note, anchor: result.anchor };
	});
	located.sort(
		(a, b) =>
			order.get(a.note.data.target.contribution)! - order.get(b.note.data.target.contribution)! ||
			a.anchor.paragraph - b.anchor.paragraph ||
			a.anchor.start - b.anchor.start,
	);
	const cite = citationLinker(
		items,
		located.flatMap(({ note }) => note.groups),
		(id) => `#${referenceId(id)}`,
	);
	return located.map(({ note, anchor }, index) => {
		const rendered = renderNote(note.body, cite);
		const { contribution, ...target } = note.data.target;
		const annotation: Annotation = {
			id: note.data.id,
			number: index + 1,
			contribution,
			target,
			anchor,
			motivation: note.data.motivation,
			people: note.data.people,
			movedFrom: note.data.movedFrom,
			html: rendered.html,
			cites: note.keys,
			file: note.file,
		};
		return {
			note: annotation,
			placed: {
				id: annotation.id,
				number: annotation.number,
				exact: target.exact,
				anchor,
				body: rendered.body,
			},
		};
	});
}

/** The references the notes and the story cite (from the conversation's file or the shared one), as the style orders and formats a reference list. */
function referenceEntries(draft: ConversationDraft, shared: readonly CslItem[]): ReferenceEntry[] {
	const cited = new Set([...draft.annotations.flatMap((note) => note.keys), ...storyKeys(draft)]);
	const items = [...((draft.references?.items ?? []) as CslItem[]), ...shared].filter((item) =>
		cited.has(item.id),
	);
	const byId = new Map(items.map((item) => [item.id, item]));
	return formatBibliography(items).map(({ id, html }) => ({ id, item: byId.get(id)!, html }));
}
