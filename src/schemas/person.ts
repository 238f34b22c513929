import { z } from 'zod';
import { Id, Line } from './common.ts';
import { CitationKey } from './reference.ts';

/**
 * Frontmatter of `content/people/*.md`: someone the conversations name or clearly refer to.
 * The body is a short note on who they were at the time.
 */
export const PersonSchema = z.strictObject({
	/** Stable id, used in URLs (`/people/<id>/`). */
	id: Id,
	/** The name as usually written in English, e.g. "Cui Tiankai" (family name first for Chinese names). */
	name: Line,
	/** How the name sorts in the A–Z index, e.g. "Cui Tiankai" or "Obama, Barack". Defaults to `name`. */
	sortName: Line.optional(),
	/** The name in Chinese characters (simplified), if the person has one. */
	chineseName: Line.optional(),
	/** Traditional characters, when they differ. */
	traditionalName: Line.optional(),
	/** Hanyu pinyin with tone marks, e.g. "Cuī Tiānkǎi". */
	pinyin: Line.optional(),
	/** The name in Korean script, for Korean names. */
	koreanName: Line.optional(),
	/** Other names a reader might search for: variants, spellings, titles ("Kim Jong-un"). */
	aliases: z.array(Line).default([]),
	/**
	 * The exact words in the conversations that refer to this person, each linked to this page
	 * wherever it occurs as a whole word (longest first: "Mao Zedong’s grandson" before "Mao Zedong").
	 */
	mentions: z
		.array(Line)
		.min(1, 'needs at least one: the words in the text that refer to this person'),
	/** Who they were at the time of the conversation. */
	role: Line,
	/** The speaker file, when the person also wrote in a conversation. */
	speaker: Id.optional(),
	/**
	 * Published sources for the note: citation keys of `content/references.json`, the same list
	 * the notes cite, so a work has one title wherever it is named.
	 */
	sources: z.array(CitationKey).default([]),
});
export type PersonData = z.infer<typeof PersonSchema>;
