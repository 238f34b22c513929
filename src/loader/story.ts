import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { CiteKey } from '../citations/engine.ts';
import { parseCitations } from '../citations/parse-citations.ts';
import { parseMarkdown } from '../markdown/render.ts';
import { AfterwordSchema, TimelineSchema, type AfterwordData, type TimelineEventData } from '../schemas/story.ts';
import type { ContentProblem } from './content-error.ts';
import { parseMarkdownFile, type ParsedFile } from './frontmatter.ts';
import { checkProse } from './prose-body.ts';
import { parseYamlFile } from './yaml-file.ts';

/**
 * The story around a conversation, as editors write it beside the archived text: a dated
 * timeline (`timeline.yaml`) and an afterword (`afterword.md`). Both are optional; both cite
 * the conversation's `references.json` as the notes do.
 */
export interface TimelineDraft {
	file: string;
	events: (TimelineEventData & { keys: string[]; groups: CiteKey[][] })[];
	lineOf: (path: readonly (string | number)[]) => number;
}

export interface AfterwordDraft extends ParsedFile<AfterwordData> {
	file: string;
	keys: string[];
	groups: CiteKey[][];
}

export interface StoryDrafts {
	timeline?: TimelineDraft;
	afterword?: AfterwordDraft;
}

/** Whether a path names anything, a symbolic link included (which the reader then refuses). */
const present = (file: string) => lstatSync(file, { throwIfNoEntry: false }) !== undefined;

/**
 * Reads a conversation folder's timeline and afterword, each checked on its own. `text` is the
 * loader's safe reader: it refuses links and files outside the content folder, and reports why.
 */
export function readStory(
	dir: string,
	relative: (file: string) => string,
	text: (file: string) => string | undefined,
): StoryDrafts & { problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	const story: StoryDrafts = {};

	const timelinePath = path.join(dir, 'timeline.yaml');
	const timelineText = present(timelinePath) ? text(timelinePath) : undefined;
	if (timelineText !== undefined) {
		const file = relative(timelinePath);
		const parsed = parseYamlFile(file, timelineText, TimelineSchema);
		if (!parsed.ok) problems.push(...parsed.problems);
		else {
			const { lineOf } = parsed.value;
			const events = parsed.value.data.events.map((event, index) => {
				const field = `events.${index}.event`;
				const line = lineOf(['events', index, 'event']);
				problems.push(...checkProse(file, event.event, line).map((problem) => ({ ...problem, field })));
				const cited = citationsOf(parseMarkdown(event.event), (message) => problems.push({ file, field, line, message }));
				if (cited.perBlock.length > 1) problems.push({ file, field, line, message: 'must be one paragraph' });
				if (cited.keys.length === 0 && cited.ok)
					problems.push({ file, field, line, message: 'cites no source; every event cites one as [@key]' });
				return { ...event, keys: cited.keys, groups: cited.groups };
			});
			story.timeline = { file, events, lineOf };
		}
	}

	const afterwordPath = path.join(dir, 'afterword.md');
	const afterwordText = present(afterwordPath) ? text(afterwordPath) : undefined;
	if (afterwordText !== undefined) {
		const file = relative(afterwordPath);
		const parsed = parseMarkdownFile(file, afterwordText, AfterwordSchema);
		if (!parsed.ok) problems.push(...parsed.problems);
		else {
			const { body, bodyLine } = parsed.value;
			problems.push(...checkProse(file, body, bodyLine));
			const at = (line: number | undefined) => (line === undefined ? bodyLine : bodyLine + line - 1);
			const tree = parseMarkdown(body);
			const cited = citationsOf(tree, (message, line) => problems.push({ file, field: 'body', line: at(line), message }));
			if (tree.children.length === 0) problems.push({ file, field: 'body', line: bodyLine, message: 'is empty' });
			// Every paragraph of the editors' account says where its facts come from.
			cited.perBlock.forEach(({ block, keys, ok }) => {
				if (block.type === 'paragraph' && keys === 0 && ok) {
					problems.push({
						file,
						field: 'body',
						line: at(block.position?.start.line),
						message: 'has a paragraph that cites no source; cite one as [@key]',
					});
				}
			});
			story.afterword = { ...parsed.value, file, keys: cited.keys, groups: cited.groups };
		}
	}
	return { ...story, problems };
}

/**
 * The citations of a Markdown text, block by block; raw HTML and malformed citations are reported.
 * `ok` is false when something was reported (for the whole text, and for each block), so that
 * "cites nothing" is not said on top of it.
 */
function citationsOf(
	tree: Root,
	report: (message: string, line?: number) => void,
): { keys: string[]; groups: CiteKey[][]; perBlock: { block: RootContent; keys: number; ok: boolean }[]; ok: boolean } {
	const keys: string[] = [];
	const groups: CiteKey[][] = [];
	const perBlock = tree.children.map((block) => {
		let count = 0;
		let ok = true;
		const visit = (node: RootContent) => {
			if (node.type === 'html') {
				ok = false;
				report(`contains raw HTML (${JSON.stringify(node.value.slice(0, 40))}); use Markdown`, node.position?.start.line);
			} else if (node.type === 'text') {
				try {
					for (const segment of parseCitations(node.value)) {
						if (!('keys' in segment)) continue;
						groups.push(segment.keys);
						keys.push(...segment.keys.map((key) => key.id));
						count += segment.keys.length;
					}
				} catch (error) {
					ok = false;
					report((error as Error).message, node.position?.start.line);
				}
			}
			if ('children' in node) (node.children as RootContent[]).forEach(visit);
		};
		visit(block);
		return { block, keys: count, ok };
	});
	return { keys: [...new Set(keys)], groups, perBlock, ok: perBlock.every((b) => b.ok) };
}
