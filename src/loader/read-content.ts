import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { AnnotationSchema } from '../schemas/annotation.ts';
import { ContributionSchema } from '../schemas/contribution.ts';
import { ConversationSchema } from '../schemas/conversation.ts';
import { PersonSchema } from '../schemas/person.ts';
import { PostLinkSchema } from '../schemas/post-link.ts';
import { ReferencesSchema } from '../schemas/reference.ts';
import { SpeakerSchema } from '../schemas/speaker.ts';
import type { ContentProblem } from './content-error.ts';
import { readContentFile } from './content-file.ts';
import { conversationFolders, isLink, linkedFolders, markdownFiles } from './content-folders.ts';
import { readContributionBody } from './contribution-body.ts';
import type {
	AnnotationDraft,
	ContentDrafts,
	ContributionDraft,
	ConversationDraft,
	Draft,
	ReferencesDraft,
} from './drafts.ts';
import { parseJsonFile } from './json-file.ts';
import { readNoteBody } from './note-body.ts';
import { parsedFile } from './parse-cache.ts';
import { checkProse } from './prose-body.ts';
import { readStory } from './story.ts';

/**
 * Reads every file under a content folder and checks each against its schema on its own.
 * Problems are collected, not thrown, so an editor sees all of them in one build.
 *
 * @param contentDir the content folder, e.g. `content`
 * @param projectDir the folder that file names in messages are relative to
 * @param only when given, read just these conversation folders (by name); speakers and people are always read whole
 */
export function readContent(
	contentDir: string,
	projectDir: string,
	only?: ReadonlySet<string>,
): ContentDrafts {
	const problems: ContentProblem[] = [];
	const relative = (file: string) => path.relative(projectDir, file).split(path.sep).join('/');
	let complete = only === undefined;

	/** A file's text, or undefined (with the reason reported) when it is not a file the edition may read. */
	function text(file: string): string | undefined {
		const result = readContentFile(file, contentDir);
		if (result.ok) return result.text;
		problems.push({ file: relative(file), field: 'file', line: 1, message: result.reason });
		return undefined;
	}

	function read<S extends z.ZodType>(
		file: string,
		schema: S,
		unreadable?: Set<string>,
	): Draft<z.output<S>> | undefined {
		const content = text(file);
		const result = content === undefined ? undefined : parsedFile(relative(file), content, schema);
		if (!result?.ok) {
			if (result) problems.push(...result.problems);
			unreadable?.add(result?.id ?? path.basename(file, '.md'));
			return undefined;
		}
		// A copy of the data: the remembered parse must stay as the file says, whatever is done with it.
		return { ...result.value, data: structuredClone(result.value.data), file: relative(file) };
	}

	/** Reads a file of prose and checks its Markdown. */
	function readProse<S extends z.ZodType>(
		file: string,
		schema: S,
		unreadable?: Set<string>,
	): Draft<z.output<S>> | undefined {
		const draft = read(file, schema, unreadable);
		if (draft) problems.push(...checkProse(draft.file, draft.body, draft.bodyLine));
		return draft;
	}

	const unreadable = { speakers: new Set<string>(), people: new Set<string>() };
	const speakers = markdownFiles(path.join(contentDir, 'speakers'))
		.map((file) => readProse(file, SpeakerSchema, unreadable.speakers))
		.filter((draft) => draft !== undefined);
	const people = markdownFiles(path.join(contentDir, 'people'))
		.map((file) => readProse(file, PersonSchema, unreadable.people))
		.filter((draft) => draft !== undefined);
	const sharedFile = path.join(contentDir, 'references.json');
	const shared =
		existsSync(sharedFile) || isLink(sharedFile) ? readReferences(sharedFile) : undefined;

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
	for (const link of linkedFolders(path.join(contentDir, 'conversations'))) {
		complete = false;
		problems.push({
			file: relative(link),
			field: 'file',
			message:
				'is a symbolic link; conversation folders must be real folders inside the content folder',
		});
	}
	for (const dir of conversationFolders(contentDir)) {
		if (only && !only.has(path.basename(dir))) continue;
		const conversationFile = path.join(dir, 'conversation.md');
		if (!existsSync(conversationFile)) {
			complete = false;
			problems.push({
				file: relative(dir),
				field: 'conversation.md',
				message: 'is missing: every conversation folder needs one',
			});
			continue;
		}
		const conversation = readProse(conversationFile, ConversationSchema);
		let incomplete = false;

		const contributions: ContributionDraft[] = [];
		for (const file of markdownFiles(path.join(dir, 'contributions'))) {
			const draft = read(file, ContributionSchema);
			const body = draft && readContributionBody(draft.file, draft.body, draft.bodyLine);
			if (body) problems.push(...body.problems);
			// A file that could not be read, or whose text could not be parsed, has no paragraphs to compare.
			if (!draft || !body || (body.paragraphs.length === 0 && body.problems.length > 0)) {
				incomplete = true;
				continue;
			}
			contributions.push({ ...draft, paragraphs: body.paragraphs });
		}

		const annotations: AnnotationDraft[] = [];
		const unreadableNotes = new Set<string>();
		for (const file of markdownFiles(path.join(dir, 'annotations'))) {
			const draft = read(file, AnnotationSchema, unreadableNotes);
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
		if (existsSync(referencesFile) || isLink(referencesFile)) {
			references = readReferences(referencesFile);
			if (!references) incomplete = true;
		}

		const { problems: storyProblems, ...story } = readStory(dir, relative, text);
		problems.push(...storyProblems);

		if (!conversation) {
			complete = false;
			continue;
		}
		if (incomplete) complete = false;
		// The schema allows only a plain file name, so the archive is always beside conversation.md.
		const sourcePath = path.join(dir, conversation.data.source.file);
		let sourceText: string | undefined;
		if (existsSync(sourcePath) || isLink(sourcePath)) {
			sourceText = text(sourcePath);
		} else {
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
			...story,
			incomplete,
			unreadableNotes,
			sourceFile: relative(sourcePath),
			...(sourceText === undefined ? {} : { sourceText }),
		});
	}
	return {
		folder: relative(contentDir),
		conversations,
		speakers,
		people,
		...(shared ? { references: shared } : {}),
		referencesUnreadable: (existsSync(sharedFile) || isLink(sharedFile)) && !shared,
		problems,
		unreadable,
		complete,
	};

	function readReferences(file: string): ReferencesDraft | undefined {
		const content = text(file);
		const parsed =
			content === undefined ? undefined : parseJsonFile(relative(file), content, ReferencesSchema);
		if (parsed?.ok) return { file: relative(file), items: parsed.value, lineOf: parsed.lineOf };
		if (parsed) problems.push(...parsed.problems);
		return undefined;
	}
}
