import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { CiteKey } from '../citations/engine.ts';
import { AnnotationSchema, type AnnotationData } from '../schemas/annotation.ts';
import { ContributionSchema, type ContributionData } from '../schemas/contribution.ts';
import { ConversationSchema, type ConversationData } from '../schemas/conversation.ts';
import { PersonSchema, type PersonData } from '../schemas/person.ts';
import { PostLinkSchema, type PostLinkData } from '../schemas/post-link.ts';
import { ReferencesSchema, type Reference } from '../schemas/reference.ts';
import { SpeakerSchema, type SpeakerData } from '../schemas/speaker.ts';
import type { ContentProblem } from './content-error.ts';
import { readContributionBody, type BodyParagraph } from './contribution-body.ts';
import { parseMarkdownFile, type ParsedFile } from './frontmatter.ts';
import { parseJsonFile } from './json-file.ts';
import { readNoteBody } from './note-body.ts';

/** A file that parsed and matched its schema, before any check across files. */
export interface Draft<T> extends ParsedFile<T> {
	/** Path relative to the project root, as editors see it. */
	file: string;
}

export interface ContributionDraft extends Draft<ContributionData> {
	paragraphs: BodyParagraph[];
}

export interface AnnotationDraft extends Draft<AnnotationData> {
	/** The citation keys the note's body cites. */
	keys: string[];
	/** Its citation groups, as written (`[@a, p. 3; @b]` is one group). */
	groups: CiteKey[][];
}

export interface ReferencesDraft {
	file: string;
	items: Reference[];
}

export interface ConversationDraft extends Draft<ConversationData> {
	contributions: ContributionDraft[];
	annotations: AnnotationDraft[];
	/** Editorial links from words to the posts they refer to (`links/*.md`). */
	links: Draft<PostLinkData>[];
	/** The conversation's bibliography; undefined when it has no references.json. */
	references?: ReferencesDraft;
	/** The archived text, or undefined when the file is missing. */
	sourceText?: string;
	sourceFile: string;
	/** True when some file of the conversation could not be read; checks of the whole then wait. */
	incomplete: boolean;
}

export interface ContentDrafts {
	conversations: ConversationDraft[];
	speakers: Draft<SpeakerData>[];
	people: Draft<PersonData>[];
	problems: ContentProblem[];
}

/**
 * Reads every file under a content folder and checks each against its schema on its own.
 * Problems are collected, not thrown, so an editor sees all of them in one build.
 *
 * @param contentDir the content folder, e.g. `content`
 * @param projectDir the folder that file names in messages are relative to
 * @param only when given, read just these conversation folders (by name); the rest of the
 *   content (speakers, people) is always read whole
 */
export function readContent(contentDir: string, projectDir: string, only?: ReadonlySet<string>): ContentDrafts {
	const problems: ContentProblem[] = [];
	const relative = (file: string) => path.relative(projectDir, file).split(path.sep).join('/');

	function read<S extends z.ZodType>(file: string, schema: S): Draft<z.output<S>> | undefined {
		const result = parseMarkdownFile(relative(file), readFileSync(file, 'utf8'), schema);
		if (!result.ok) {
			problems.push(...result.problems);
			return undefined;
		}
		return { ...result.value, file: relative(file) };
	}

	const speakers = markdownFiles(path.join(contentDir, 'speakers'))
		.map((file) => read(file, SpeakerSchema))
		.filter((draft) => draft !== undefined);
	const people = markdownFiles(path.join(contentDir, 'people'))
		.map((file) => read(file, PersonSchema))
		.filter((draft) => draft !== undefined);

	const conversations: ConversationDraft[] = [];
	// An edition of nothing is a mistake (a mistyped content folder, say), not an empty site.
	if (!only && conversationFolders(contentDir).length === 0) {
		problems.push({
			file: relative(path.join(contentDir, 'conversations')),
			field: 'conversations',
			message: existsSync(contentDir)
				? 'holds no conversation folder: the edition needs at least one'
				: 'does not exist: the content folder is missing or misnamed',
		});
	}
	for (const dir of conversationFolders(contentDir)) {
		if (only && !only.has(path.basename(dir))) continue;
		const conversationFile = path.join(dir, 'conversation.md');
		if (!existsSync(conversationFile)) {
			problems.push({ file: relative(dir), field: 'conversation.md', message: 'is missing: every conversation folder needs one' });
			continue;
		}
		const conversation = read(conversationFile, ConversationSchema);
		let incomplete = false;

		const contributions: ContributionDraft[] = [];
		for (const file of markdownFiles(path.join(dir, 'contributions'))) {
			const draft = read(file, ContributionSchema);
			if (!draft) {
				incomplete = true;
				continue;
			}
			const body = readContributionBody(draft.file, draft.body, draft.bodyLine);
			problems.push(...body.problems);
			contributions.push({ ...draft, paragraphs: body.paragraphs });
		}

		const annotations: AnnotationDraft[] = [];
		for (const file of markdownFiles(path.join(dir, 'annotations'))) {
			const draft = read(file, AnnotationSchema);
			if (!draft) continue;
			const body = readNoteBody(draft.file, draft.body, draft.bodyLine);
			problems.push(...body.problems);
			annotations.push({ ...draft, keys: body.keys, groups: body.groups });
		}

		const links = markdownFiles(path.join(dir, 'links'))
			.map((file) => read(file, PostLinkSchema))
			.filter((draft) => draft !== undefined);

		let references: ReferencesDraft | undefined;
		const referencesFile = path.join(dir, 'references.json');
		if (existsSync(referencesFile)) {
			const parsed = parseJsonFile(relative(referencesFile), readFileSync(referencesFile, 'utf8'), ReferencesSchema);
			if (parsed.ok) references = { file: relative(referencesFile), items: parsed.value };
			else {
				problems.push(...parsed.problems);
				incomplete = true;
			}
		}

		if (!conversation) continue;
		const sourcePath = path.join(dir, conversation.data.source.file);
		const sourceText = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined;
		if (sourceText === undefined) {
			problems.push({
				file: conversation.file,
				field: 'source.file',
				line: conversation.lineOf(['source', 'file']),
				message: `names ${JSON.stringify(conversation.data.source.file)}, which is not in ${relative(dir)}/`,
			});
		}
		conversations.push({
			...conversation,
			contributions,
			annotations,
			links,
			...(references ? { references } : {}),
			incomplete,
			sourceFile: relative(sourcePath),
			...(sourceText === undefined ? {} : { sourceText }),
		});
	}
	return { conversations, speakers, people, problems };
}

/** `*.md` files in a folder, sorted by name; files starting with `_` are drafts and skipped. */
function markdownFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.sort()
		.map((name) => path.join(dir, name));
}

/** The conversation folders of a content folder, in name order. */
export function conversationFolders(contentDir: string): string[] {
	return folders(path.join(contentDir, 'conversations'));
}

function folders(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.map((name) => path.join(dir, name))
		.filter((entry) => statSync(entry).isDirectory());
}
