import { paragraphLocator } from '../core/urls.ts';
import { archiveParagraphs, describeDifference } from './archive.ts';
import type { ContentProblem } from './content-error.ts';
import type { ConversationDraft } from './drafts.ts';

/**
 * The contributions, read in order, reproduce the archived text paragraph for paragraph:
 * title, series line, then each post (after its byline, when it has one). Nothing may be
 * lost, added or changed, so a typo "fixed" in a contribution fails here.
 */
export function sourceDrift(conversation: ConversationDraft): ContentProblem[] {
	// Without every contribution, a comparison would only report the missing file's paragraphs again.
	if (conversation.sourceText === undefined || conversation.incomplete) return [];
	const archive = archiveParagraphs(conversation.sourceText);
	const expected: { text: string; file: string; field: string; line: number; what: string }[] = [
		{
			text: conversation.data.title,
			file: conversation.file,
			field: 'title',
			line: conversation.lineOf(['title']),
			what: 'the title',
		},
	];
	if (conversation.data.series) {
		expected.push({
			text: conversation.data.series,
			file: conversation.file,
			field: 'series',
			line: conversation.lineOf(['series']),
			what: 'the series line',
		});
	}
	for (const draft of conversation.contributions) {
		const attribution = draft.data.attribution;
		if (attribution.basis === 'byline') {
			expected.push({
				text: attribution.quote,
				file: draft.file,
				field: 'attribution.quote',
				line: draft.lineOf(['attribution', 'quote']),
				what: 'the byline',
			});
		}
		draft.paragraphs.forEach((paragraph, index) => {
			expected.push({
				text: paragraph.text,
				file: draft.file,
				field: 'body',
				line: paragraph.line,
				what: `paragraph ${paragraphLocator(draft.data.number, index + 1)}`,
			});
		});
	}
	for (let index = 0; index < Math.max(archive.length, expected.length); index++) {
		const original = archive[index];
		const ours = expected[index];
		if (!ours) {
			const last = conversation.contributions.at(-1);
			return [
				{
					file: last?.file ?? conversation.file,
					field: 'body',
					// The end of the last contribution, where the missing words belong.
					line: last?.paragraphs.at(-1)?.line ?? conversation.lineOf(['title']),
					message: `ends before the archive does: ${conversation.sourceFile} line ${original?.line} (${JSON.stringify(original?.text.slice(0, 60))}…) is in no contribution`,
				},
			];
		}
		if (!original) {
			return [
				{
					file: ours.file,
					field: ours.field,
					line: ours.line,
					message: `${ours.what} is not in ${conversation.sourceFile}, which ends before it`,
				},
			];
		}
		if (original.text !== ours.text) {
			return [
				{
					file: ours.file,
					field: ours.field,
					line: ours.line,
					message: `${ours.what} does not match ${conversation.sourceFile} line ${original.line}; it ${describeDifference(original.text, ours.text)}`,
				},
			];
		}
	}
	return [];
}
