import path from 'node:path';
import { citationLinker } from '../citations/citation-links.ts';
import { formatBibliography, type CslItem } from '../citations/engine.ts';
import { locateQuote } from '../annotations/anchor.ts';
import { citeContributions, citeParagraphs } from '../model/cite-this.ts';
import type { CitationSet } from '../model/model.ts';
import { contributionPath, personPath, paragraphId, paragraphLocator, referenceId } from '../core/urls.ts';
import { renderContribution, renderNote, renderProse } from '../markdown/render.ts';
import type { PlacedNote } from '../markdown/rehype-margin-notes.ts';
import type { Mention } from '../markdown/rehype-people-links.ts';
import type { PersonData } from '../schemas/person.ts';
import type { SpeakerData } from '../schemas/speaker.ts';
import { ContentError } from './content-error.ts';
import { crossCheck } from './cross-checks.ts';
import type { Annotation, Contribution, Conversation, Edition, Person, ReferenceEntry, Speaker } from '../model/model.ts';
import { placePostLinks } from './post-links.ts';
import { readContent, type ContentDrafts, type ConversationDraft, type Draft } from './read-content.ts';
import { renderStory, storyKeys } from './story-render.ts';

/**
 * Reads, checks and renders all content. Throws a `ContentError` listing every problem when
 * anything is wrong, so a build never starts from half-valid content.
 *
 * @param contentDir the content folder (default `content` in the project)
 * @param projectDir the folder file names in messages are relative to (default: the working directory)
 * @param only when given, load just these conversation folders (see `loadEditionInParallel`)
 */
export function loadEdition(contentDir = 'content', projectDir = process.cwd(), only?: ReadonlySet<string>): Edition {
	const drafts = checkContent(contentDir, projectDir, only);
	const shared = (drafts.references?.items ?? []) as CslItem[];
	const sources = sourceEntries(shared, [...drafts.speakers, ...drafts.people]);
	const speakers = new Map(drafts.speakers.map((draft) => [draft.data.id, toSpeaker(draft, sources)]));
	const people = drafts.people.map((draft) => toPerson(draft, sources)).sort((a, b) => a.sortName.localeCompare(b.sortName, 'en'));
	const mentions: Mention[] = people.flatMap((person) => person.mentions.map((text) => ({ text, href: personPath(person.id) })));

	const assembled = drafts.conversations.map((draft) => assemble(draft, speakers, shared));
	const conversations = assembled.map(({ conversation }) => conversation);
	// "Cite this" for every contribution, a style at a time through one engine: batching is what
	// keeps a thousand conversations' citations to seconds.
	const pairs = conversations.flatMap((conversation) => conversation.contributions.map((contribution) => ({ conversation, contribution })));
	citeContributions(pairs).forEach((citations, index) => (pairs[index]!.contribution.citations = citations));
	// Each paragraph's citation is its contribution's, with a locator: listed once, in "cite this".
	citeParagraphs(pairs).forEach((texts, index) => {
		const { contribution } = pairs[index]!;
		contribution.citations.paragraphs = texts.map((inText, p) => ({
			locator: paragraphLocator(contribution.number, p + 1),
			inText,
			url: `${contribution.citations.item.URL as string}#${paragraphId(contribution.id, p + 1)}`,
		}));
	});
	// Bodies last: their notes and the people they mention come from the rest.
	assembled.forEach(({ conversation, notes }, index) => renderBodies(drafts.conversations[index]!, conversation, notes, mentions));
	return { conversations, speakers: sortSpeakers([...speakers.values()]), people };
}

/**
 * Reads and checks content (all of it, or the conversations in `only`) without rendering it:
 * `npm run check:content` runs it alone, and `loadEdition` runs it before rendering anything, so
 * an editor's mistake is reported before any work is spent on it.
 *
 * @throws ContentError listing every problem
 */
export function checkContent(contentDir = 'content', projectDir = process.cwd(), only?: ReadonlySet<string>): ContentDrafts {
	const drafts = readContent(path.resolve(projectDir, contentDir), projectDir, only);
	const problems = [...drafts.problems, ...crossCheck(drafts)];
	if (problems.length > 0) throw new ContentError(problems);
	return drafts;
}

/** A conversation's data, references and notes; its contributions' bodies are rendered later. */
function assemble(
	draft: ConversationDraft,
	speakers: Map<string, Speaker>,
	shared: readonly CslItem[],
): { conversation: Conversation; notes: PlacedNote[] } {
	const references = referenceEntries(draft, shared);
	const annotations = annotationsOf(
		draft,
		references.map((r) => r.item),
	);
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
		// Filled in by loadEdition once every contribution exists.
		html: '',
		citations: undefined as unknown as CitationSet,
		file: c.file,
	}));
	const conversation: Conversation = {
		...draft.data,
		introHtml: renderProse(draft.body),
		contributions,
		annotations: annotations.map((a) => a.note),
		links: placePostLinks(draft),
		references,
		story: renderStory(
			draft,
			references.map((r) => r.item),
			contributions,
			annotations.map((a) => a.note),
		),
		file: draft.file,
	};
	return { conversation, notes: annotations.map((a) => a.placed) };
}

/** Renders each contribution's body with its notes and the people it mentions. */
function renderBodies(
	draft: ConversationDraft,
	conversation: Conversation,
	notes: readonly PlacedNote[],
	mentions: readonly Mention[],
): void {
	const noteIn = new Map(conversation.annotations.map((note) => [note.id, note.contribution]));
	conversation.contributions.forEach((contribution, index) => {
		contribution.html = renderContribution(draft.contributions[index]!.body, {
			id: contribution.id,
			number: contribution.number,
			notes: notes.filter((note) => noteIn.get(note.id) === contribution.id),
			links: conversation.links
				.filter((link) => link.contribution === contribution.id)
				.map((link) => ({ anchor: link.anchor, href: contributionPath(conversation.id, link.link) })),
			mentions,
		});
	});
}

/** Anchors, numbers (in reading order) and renders a conversation's notes. */
function annotationsOf(draft: ConversationDraft, items: readonly CslItem[]) {
	const order = new Map(draft.contributions.map((c) => [c.data.id, c.data.number]));
	const located = draft.annotations.map((note) => {
		const contribution = draft.contributions.find((c) => c.data.id === note.data.target.contribution)!;
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
		return { note: annotation, placed: { id: annotation.id, number: annotation.number, exact: target.exact, anchor, body: rendered.body } };
	});
}

/** The references the notes and the story cite (from the conversation's file or the shared one), as the style orders and formats a reference list. */
function referenceEntries(draft: ConversationDraft, shared: readonly CslItem[]): ReferenceEntry[] {
	const cited = new Set([...draft.annotations.flatMap((note) => note.keys), ...storyKeys(draft)]);
	const items = [...((draft.references?.items ?? []) as CslItem[]), ...shared].filter((item) => cited.has(item.id));
	const byId = new Map(items.map((item) => [item.id, item]));
	return formatBibliography(items).map(({ id, html }) => ({ id, item: byId.get(id)!, html }));
}

/** The shared references that people's and speakers' pages cite, formatted once, by key. */
function sourceEntries(shared: readonly CslItem[], pages: readonly Draft<{ sources: string[] }>[]): Map<string, ReferenceEntry> {
	const cited = new Set(pages.flatMap((page) => page.data.sources));
	const items = shared.filter((item) => cited.has(item.id));
	const byId = new Map(items.map((item) => [item.id, item]));
	return new Map(formatBibliography(items).map(({ id, html }) => [id, { id, item: byId.get(id)!, html }]));
}

function toSpeaker(draft: Draft<SpeakerData>, sources: Map<string, ReferenceEntry>): Speaker {
	const { name, unnamedReason, affiliation, sortName, ...rest } = draft.data;
	return {
		...rest,
		sources: rest.sources.map((key) => sources.get(key)!),
		...(name ? { name } : {}),
		...(unnamedReason ? { unnamedReason } : {}),
		...(affiliation ? { affiliation } : {}),
		sortName: sortName ?? name ?? draft.data.id,
		bioHtml: renderProse(draft.body),
		file: draft.file,
	};
}

function toPerson(draft: Draft<PersonData>, sources: Map<string, ReferenceEntry>): Person {
	const { sortName, ...rest } = draft.data;
	return {
		...rest,
		sources: rest.sources.map((key) => sources.get(key)!),
		sortName: sortName ?? draft.data.name,
		bioHtml: renderProse(draft.body),
		file: draft.file,
	} as Person;
}

/** Named speakers A–Z by sort name, then the unnamed in id order. */
function sortSpeakers(speakers: Speaker[]): Speaker[] {
	return speakers.sort((a, b) => Number(!a.name) - Number(!b.name) || a.sortName.localeCompare(b.sortName, 'en'));
}
