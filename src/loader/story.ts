import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { CiteKey } from '../citations/engine.ts';
import { parseCitations } from '../citations/parse-citations.ts';
import { parseMarkdown } from '../markdown/render.ts';
import {
	AfterwordSchema,
	TimelineSchema,
	type AfterwordData,
	type TimelineEventData,
} from '../schemas/story.ts';
import type { ContentProblem } from './content-error.ts';
import { parseMarkdownFile, type ParsedFile } from './frontmatter.ts';
import { checkProse } from './prose-body.ts';
import { parseYamlFile, type ParsedYaml } from './yaml-file.ts';

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

	/** An optional file of the story, parsed, with a reporter for its own problems; undefined when absent or unparsed. */
	const read = <T>(name: string, parse: (file: string, source: string) => Parsed<T>) => {
		const filePath = path.join(dir, name);
		const source = present(filePath) ? text(filePath) : undefined;
		if (source === undefined) return undefined;
		const file = relative(filePath);
		const parsed = parse(file, source);
		if (!parsed.ok) {
			problems.push(...parsed.problems);
			return undefined;
		}
		const report: Report = (field, line, message) => problems.push({ file, field, line, message });
		return { file, value: parsed.value, report, problems };
	};

	const timeline = read('timeline.yaml', (file, source) =>
		parseYamlFile(file, source, TimelineSchema),
	);
	if (timeline) story.timeline = checkTimeline(timeline);
	const afterword = read('afterword.md', (file, source) =>
		parseMarkdownFile(file, source, AfterwordSchema),
	);
	if (afterword) story.afterword = checkAfterword(afterword);
	return { ...story, problems };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };
type Report = (field: string, line: number, message: string) => void;
/** A story file that matched its schema: its name, its value, and where its problems go. */
interface StoryFile<T> {
	file: string;
	value: T;
	report: Report;
	problems: ContentProblem[];
}

/** Each event is one paragraph of safe prose that cites at least one source. */
function checkTimeline({
	file,
	value,
	report,
	problems,
}: StoryFile<ParsedYaml<{ events: TimelineEventData[] }>>): TimelineDraft {
	const { lineOf } = value;
	const events = value.data.events.map((event, index) => {
		const field = `events.${index}.event`;
		const line = lineOf(['events', index, 'event']);
		problems.push(...checkProse(file, event.event, line).map((problem) => ({ ...problem, field })));
		const cited = citationsOf(parseMarkdown(event.event), (message) =>
			report(field, line, message),
		);
		if (cited.perBlock.length > 1) report(field, line, 'must be one paragraph');
		if (cited.keys.length === 0 && cited.ok)
			report(field, line, 'cites no source; every event cites one as [@key]');
		return { ...event, keys: cited.keys, groups: cited.groups };
	});
	return { file, events, lineOf };
}

/** The afterword is safe prose, not empty, and every paragraph of it cites a source. */
function checkAfterword({
	file,
	value,
	report,
	problems,
}: StoryFile<ParsedFile<AfterwordData>>): AfterwordDraft {
	const { body, bodyLine } = value;
	problems.push(...checkProse(file, body, bodyLine));
	const at = (line: number | undefined) => (line === undefined ? bodyLine : bodyLine + line - 1);
	const tree = parseMarkdown(body);
	const cited = citationsOf(tree, (message, line) => report('body', at(line), message));
	if (tree.children.length === 0) report('body', bodyLine, 'is empty');
	// Every paragraph of the editors' account says where its facts come from.
	for (const { block, keys, ok } of cited.perBlock) {
		if (block.type === 'paragraph' && keys === 0 && ok)
			report(
				'body',
				at(block.position?.start.line),
				'has a paragraph that cites no source; cite one as [@key]',
			);
	}
	return { ...value, file, keys: cited.keys, groups: cited.groups };
}

/**
 * The citations of a Markdown text, block by block; raw HTML and malformed citations are reported.
 * `ok` is false when something was reported (for the whole text, and for each block), so that
 * "cites nothing" is not said on top of it.
 */
function citationsOf(
	tree: Root,
	report: (message: string, line?: number) => void,
): {
	keys: string[];
	groups: CiteKey[][];
	perBlock: { block: RootContent; keys: number; ok: boolean }[];
	ok: boolean;
} {
	const keys: string[] = [];
	const groups: CiteKey[][] = [];
	const perBlock = tree.children.map((block) => {
		let count = 0;
		let ok = true;
		const visit = (node: RootContent) => {
			if (node.type === 'html') {
				ok = false;
				report(
					`contains raw HTML (${JSON.stringify(node.value.slice(0, 40))}); use Markdown`,
					node.position?.start.line,
				);
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
