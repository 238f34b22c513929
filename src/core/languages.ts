/**
 * The one place that says which language a piece of text is in, for every page and for search
 * results: screen readers switch voice and browsers pick fonts by `lang`, and an unmarked 崔天凯
 * in an English page is read letter by letter, or not at all.
 *
 * Plain functions with no imports, so the browser's search interface can use them too.
 */

/** A language tag as the edition uses them. */
export type LanguageTag = 'zh' | 'zh-Hans' | 'zh-Hant' | 'zh-Latn-pinyin' | 'ko';

const CJK = String.raw`\p{Script=Han}\p{Script=Hangul}`;
/** A run of Chinese or Korean script, with the spaces and punctuation inside it. */
const RUN = new RegExp(`[${CJK}](?:[${CJK}\\s‘’“”'",.!?·、，。：；（）-]*[${CJK}])?`, 'gu');

/**
 * The language of a run of text whose variant is not known: any Hangul is Korean (`ko`, since
 * Korean may hold Chinese characters, as “北” in a Korean headline), any Han character Chinese
 * (`zh`); undefined for Latin text, which takes the page's English.
 */
export function languageOf(text: string): 'zh' | 'ko' | undefined {
	if (/\p{Script=Hangul}/u.test(text)) return 'ko';
	if (/\p{Script=Han}/u.test(text)) return 'zh';
	return undefined;
}

/** A piece of text, with its language where it is not the page's. */
export interface LanguageRun {
	text: string;
	lang?: 'zh' | 'ko';
}

/** Splits English text into runs, each Chinese or Korean run marked with its language. */
export function languageRuns(text: string): LanguageRun[] {
	const runs: LanguageRun[] = [];
	let at = 0;
	for (const match of text.matchAll(RUN)) {
		if (match.index > at) runs.push({ text: text.slice(at, match.index) });
		runs.push({ text: match[0], lang: languageOf(match[0])! });
		at = match.index + match[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at) });
	return runs;
}

/** The names a person's file gives, by what they are. */
export interface NamedForms {
	name: string;
	chineseName?: string | undefined;
	traditionalName?: string | undefined;
	pinyin?: string | undefined;
	koreanName?: string | undefined;
	aliases: readonly string[];
}

/** The language of each field of a person's file that holds a name in another language. */
export const NAME_LANGUAGES = {
	chineseName: 'zh-Hans',
	traditionalName: 'zh-Hant',
	pinyin: 'zh-Latn-pinyin',
	koreanName: 'ko',
} as const satisfies Record<string, LanguageTag>;

/** A name with its language tag (none for an English or romanised name). */
export interface TaggedName {
	text: string;
	lang?: LanguageTag;
}

/**
 * Every name a person goes by, without repeats, each tagged as precisely as its field says:
 * simplified characters `zh-Hans`, traditional `zh-Hant`, pinyin with tones `zh-Latn-pinyin`,
 * Korean `ko`; an alias by its script.
 */
export function taggedNames(person: NamedForms): TaggedName[] {
	const forms: TaggedName[] = [
		{ text: person.name },
		...(Object.keys(NAME_LANGUAGES) as (keyof typeof NAME_LANGUAGES)[]).flatMap((field) => {
			const text = person[field];
			return text ? [{ text, lang: NAME_LANGUAGES[field] }] : [];
		}),
		...person.aliases.map((alias) => {
			const lang = languageOf(alias);
			return lang ? { text: alias, lang } : { text: alias };
		}),
	];
	const seen = new Set<string>();
	return forms.filter(({ text }) => !seen.has(text) && seen.add(text));
}
