import type { ArchiveBlock, BlockStart, SplitArchive } from './split-archive.ts';
import { paragraphMarkdown } from './paragraph-markdown.ts';
import { PLACEHOLDER } from '../loader/placeholders.ts';

/** A file to write, relative to the content folder. */
export interface DraftFile {
	path: string;
	text: string;
}

/** A YAML scalar that reads back as exactly this string (JSON strings are YAML double-quoted scalars). */
const yaml = (value: string) => JSON.stringify(value);
/** A field an editor must fill: the build refuses it, saying what to write. */
const fill = (what: string) => yaml(`${PLACEHOLDER} ${what}`);

/**
 * The files of a new conversation drafted from its archive: conversation.md with the fields
 * only an editor can fill marked as placeholders, one contribution per block, and one unnamed
 * speaker per contribution (nobody's name is guessed, and no two posts are assumed to share a
 * writer). The source text itself is copied by the caller, byte for byte.
 */
export function draftFiles(
	id: string,
	archive: SplitArchive,
	sourceFile = 'source.txt',
): DraftFile[] {
	const dir = `conversations/${id}`;
	const conversation = [
		'---',
		`id: ${id}`,
		`# The title exactly as the archive's first line gives it (${sourceFile} line ${archive.title.line}).`,
		`title: ${yaml(archive.title.text)}`,
		...(archive.series
			? [
					`# The line under the title (${sourceFile} line ${archive.series.line}); remove it if it is not a series line.`,
					`series: ${yaml(archive.series.text)}`,
				]
			: []),
		`# Every value that starts with "${PLACEHOLDER}" says what to write there; the build refuses it until it is written.`,
		`question: ${fill('the question under debate, in one line of the editors’ words, for lists and link previews')}`,
		'source:',
		`  url: ${fill('the address of the original page, https://…')}`,
		`  publisher: ${fill('who first published the conversation')}`,
		`  file: ${sourceFile}`,
		'date:',
		`  label: ${fill('when the conversation took place, as readers see it, e.g. March 2013')}`,
		`  earliest: ${fill('the earliest day the posts can date from, YYYY-MM-DD')}`,
		`  latest: ${fill('the latest day the posts can date from, YYYY-MM-DD')}`,
		`  basis: ${fill('the evidence for these dates')}`,
		'# Below the closing line: the editors’ introduction, in Markdown (what the debate is about, and how',
		'# this edition divides and attributes it).',
		'---',
		'',
	].join('\n');

	const files: DraftFile[] = [{ path: `${dir}/conversation.md`, text: conversation }];
	archive.blocks.forEach((block, index) => {
		const number = index + 1;
		const speaker = speakerId(id, number);
		files.push({
			path: `${dir}/contributions/${String(number).padStart(2, '0')}-${slug(block)}.md`,
			text: contribution(block, number, speaker, sourceFile),
		});
		files.push({
			path: `speakers/${speaker}.md`,
			text: unnamedSpeaker(speaker, number, archive.title.text),
		});
	});
	return files;
}

/** The unnamed speaker drafted for a contribution: `<conversation>-writer-<n>`. */
export function speakerId(conversation: string, number: number): string {
	return `${conversation}-writer-${number}`;
}

function contribution(
	block: ArchiveBlock,
	number: number,
	speaker: string,
	sourceFile: string,
): string {
	const byline = block.start.kind === 'byline' ? block.start.byline : undefined;
	const body = block.paragraphs.map((paragraph) => {
		const markdown = paragraphMarkdown(paragraph.text);
		if (markdown === undefined)
			throw new Error(
				`${sourceFile} line ${paragraph.line}: this paragraph cannot be written in Markdown so that it reads back exactly (does a line start or end with spaces?)`,
			);
		return markdown;
	});
	return [
		'---',
		`id: c${number}`,
		`number: ${number}`,
		`# Nobody is named by the import: an unnamed speaker of its own, until an editor weighs the evidence.`,
		`speaker: ${speaker}`,
		'attribution:',
		'  basis: none',
		`  note: ${yaml(byline ? `The archived text prints “${byline}” above this post; no editor has yet weighed it as a byline.` : 'The archived text prints no byline above this post.')}`,
		...(byline
			? [
					`# The line ${yaml(byline)} is kept as the first paragraph so the text stays whole. If it is this post's byline:`,
					`# set attribution to basis: byline with quote: ${yaml(byline)}, name the speaker, and delete the paragraph.`,
				]
			: []),
		'replyTo: []',
		`boundary: ${yaml(boundary(block.start, sourceFile))}`,
		'---',
		'',
		body.join('\n\n'),
		'',
	].join('\n');
}

function boundary(start: BlockStart, sourceFile: string): string {
	switch (start.kind) {
		case 'start':
			return 'It begins the archived text, after the title.';
		case 'byline':
			return `A line of its own that reads as a byline, “${start.byline}”, starts it (${sourceFile} line ${start.line}).`;
		case 'blank-lines':
			return `${start.blankLines} blank lines instead of one set it off from the post before (${sourceFile} line ${start.line}).`;
	}
}

function unnamedSpeaker(id: string, number: number, title: string): string {
	return [
		'---',
		`id: ${id}`,
		`unnamedReason: ${yaml(`No name is printed for the writer of contribution ${number} until an editor has weighed the archived text's evidence.`)}`,
		'---',
		'',
		`The writer of contribution ${number} to “${title}”.`,
		'',
	].join('\n');
}

/** The file name after the number: the first words of the post (after any byline), as ASCII. */
function slug(block: ArchiveBlock): string {
	const first =
		block.paragraphs.find((_, index) => index > 0 || block.start.kind !== 'byline') ??
		block.paragraphs[0]!;
	const words = first.text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.slice(0, 4);
	return words.length > 0 ? words.join('-') : 'post';
}
