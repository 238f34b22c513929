import type { NamedForms } from '../core/languages.ts';

/**
 * A Chinese or Korean name split into family and given name, for search: "崔天凯" → "崔 天凯".
 *
 * Why: the pages are English, so Pagefind takes 崔天凯 as one word, found by its first
 * characters (崔, 崔天凯) but never by the given name (天凯), which a reader types as often as
 * "Tiankai". The split is read from the romanised name, never guessed: the pinyin's first word is
 * the family name, and its syllables (one tone mark each) say how many characters it takes; a
 * Korean name's blocks are its romanised syllables one for one (Kim Jong Un, 김정은), as are the
 * Chinese characters of a Korean name (金正恩). Where the syllables do not account for every
 * character (a neutral tone, or 奥巴马, which transliterates "Obama" alone), nothing is split.
 */
export function nameParts(person: NamedForms): string[] {
	const parts: string[] = [];
	const pinyinWords = person.pinyin?.split(/\s+/).map(toneMarks) ?? [];
	for (const han of [person.chineseName, person.traditionalName]) {
		if (!han || pinyinWords.length < 2) continue;
		const split = splitBy(han, pinyinWords);
		if (split) parts.push(split);
	}
	const words = person.name.split(/\s+/).map(() => 1);
	if (person.koreanName && words.length > 1) {
		for (const name of [person.koreanName, ...(person.pinyin ? [] : [person.chineseName])]) {
			const split = name ? splitBy(name, words) : undefined;
			if (split) parts.push(split);
		}
	}
	return [...new Set(parts)];
}

/** The characters, grouped as the words say (family name first, then the given name as one). */
function splitBy(name: string, syllablesPerWord: number[]): string | undefined {
	const characters = [...name];
	if (
		syllablesPerWord.some((n) => n < 1) ||
		syllablesPerWord.reduce((a, b) => a + b, 0) !== characters.length
	)
		return undefined;
	const family = syllablesPerWord[0]!;
	return `${characters.slice(0, family).join('')} ${characters.slice(family).join('')}`;
}

/** Tone-marked vowels in a pinyin word: one per syllable, when every syllable carries a tone. */
function toneMarks(word: string): number {
	return [...word.normalize('NFD')].filter((c) => /[\u0300\u0301\u030C\u0304]/.test(c)).length;
}

/**
 * The attributes that give a name's parts to Pagefind without a word more on the page:
 * `data-pagefind-index-attrs` indexes them beside the element's own text.
 */
export function namePartsAttributes(person: NamedForms): Record<string, string> {
	const parts = nameParts(person);
	return parts.length === 0
		? {}
		: { 'data-pagefind-index-attrs': 'data-name-parts', 'data-name-parts': parts.join(', ') };
}
