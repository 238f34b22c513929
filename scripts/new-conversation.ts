/**
 * `npm run new:conversation -- <archived-text-file> --id <id>`: starts a conversation from its
 * archived text (see src/import/import-archive.ts) in `EDITION_CONTENT_DIR` (default `content`),
 * and says what the editor does next. Writes nothing when it refuses.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importArchive, ImportRefused } from '../src/import/import-archive.ts';

const usage = 'Usage: npm run new:conversation -- <archived-text-file> --id <id>';
const contentDir = process.env.EDITION_CONTENT_DIR ?? 'content';

function refuse(message: string): never {
	console.error(`✖ Nothing was written. ${message}`);
	process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
	return parseArgs({ options: { id: { type: 'string' } }, allowPositionals: true });
}
try {
	args = parse();
} catch (error) {
	refuse(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const [source, ...extra] = args.positionals;
if (!source || extra.length > 0 || !args.values.id) refuse(usage);

try {
	const { dir, files, archive } = importArchive(source, args.values.id, contentDir);
	const paragraphs = archive.blocks.reduce((sum, block) => sum + block.paragraphs.length, 0);
	console.log(
		`✓ ${path.relative('.', dir) || dir}/: ${archive.blocks.length} contribution(s) holding ${paragraphs} paragraph(s), split where the archive sets posts apart:`,
	);
	archive.blocks.forEach((block, index) => {
		const how =
			block.start.kind === 'byline'
				? `the byline line ${JSON.stringify(block.start.byline)} (line ${block.start.line})`
				: block.start.kind === 'blank-lines'
					? `${block.start.blankLines} blank lines (line ${block.start.line})`
					: 'the start of the text';
		console.log(`  c${index + 1}: ${block.paragraphs.length} paragraph(s), from ${how}`);
	});
	console.log(
		`\nFiles written under ${contentDir}/:\n${files.map((file) => `  ${file}`).join('\n')}`,
	);
	console.log(
		'\nNext: fill every "TODO:" in conversation.md, split or join contributions where the text shows a new writer,\nweigh each byline, then `npm run check:content` (see README, "Editing").',
	);
} catch (error) {
	if (error instanceof ImportRefused) refuse(error.message);
	throw error;
}
