import { describe, expect, it } from 'vitest';
import {
	encodeTerm,
	formatDirective,
	occurrences,
	passageDirective,
	passageUrl,
	rangeDirective,
	wholeWords,
	type ParagraphText,
} from '../../src/lib/passage-link.ts';

const plain = (text: string): ParagraphText => ({ text, breaks: [] });
const at = (text: string, words: string, from = 0): [number, number] => {
	const start = text.indexOf(words, from);
	if (start < 0) throw new Error(`no "${words}"`);
	return [start, start + words.length];
};

describe('a passage’s text directive', () => {
	it('encodes the characters the directive’s syntax uses, and everything a URI component must', () => {
		expect(encodeTerm('U.S.-China, you & me')).toBe('U.S.%2DChina%2C%20you%20%26%20me');
		expect(encodeTerm('Orville’s “post”')).toBe('Orville%E2%80%99s%20%E2%80%9Cpost%E2%80%9D');
		expect(formatDirective({ prefix: 'a-b', start: 'c', end: 'd,e', suffix: 'f' })).toBe(
			'text=a%2Db-,c,d%2Ce,-f',
		);
		expect(formatDirective({ start: 'words' })).toBe('text=words');
	});

	it('widens a selection to whole words and trims its spaces', () => {
		const text = 'Orville’s post on U.S.-China ties.';
		expect(wholeWords(text, 2, 5)).toEqual([0, 9]);
		expect(wholeWords(text, 9, 14)).toEqual([10, 14]);
		expect(wholeWords(text, 19, 21)).toEqual([18, 21]);
		expect(wholeWords(text, 9, 10)).toBeUndefined();
		expect(wholeWords(text, 33, 34)).toBeUndefined();
	});

	it('counts occurrences, overlapping ones too', () => {
		expect(occurrences('aaa', 'aa')).toBe(2);
		expect(occurrences('abc', '')).toBe(0);
	});

	it('gives the words alone when the page has them once', () => {
		const text = 'China will not abandon North Korea.';
		const [s, e] = at(text, 'not abandon');
		expect(passageDirective(plain(text), s, e, `Title ${text} Footer`)).toEqual({
			start: 'not abandon',
		});
	});

	it('adds as few words of context as single the words out in the target page', () => {
		const text = 'Sanctions matter. China signed the sanctions today.';
		const [s, e] = at(text, 'sanctions');
		expect(passageDirective(plain(text), s, e, text)).toEqual({
			prefix: 'the',
			start: 'sanctions',
		});
		const [s1, e1] = at(text, 'Sanctions');
		// Nothing precedes the first, so the suffix decides.
		expect(passageDirective(plain(text), s1, e1, text)).toEqual({
			start: 'Sanctions',
			suffix: 'matter.',
		});
	});

	it('judges uniqueness against the target page, not the paragraph', () => {
		const text = 'Read Orville’s post overnight.';
		const [s, e] = at(text, 'Orville’s post');
		expect(passageDirective(plain(text), s, e, text)).toEqual({ start: 'Orville’s post' });
		// The target page quotes it again elsewhere ("in reply to" excerpts, notes).
		expect(passageDirective(plain(text), s, e, `${text} … Orville’s post said`)).toEqual({
			prefix: 'Read',
			start: 'Orville’s post',
		});
	});

	it('gives none when no context in the paragraph singles the words out', () => {
		const text = 'yes yes';
		const [s, e] = at(text, 'yes');
		expect(passageDirective(plain(text), s, e, `${text} ${text}`)).toBeUndefined();
	});

	it('never takes context across a note’s number, and splits words that run across one into start,end', () => {
		// "Cui Tiankai" carries a note whose number sits right after it (offset 15).
		const text = 'As if Cui Tiankai read the post.';
		const paragraph = { text, breaks: [17] };
		const [s, e] = at(text, 'Cui Tiankai read the');
		expect(passageDirective(paragraph, s, e, text)).toEqual({ start: 'Cui', end: 'read the' });
		const [s2, e2] = at(text, 'read the');
		expect(passageDirective(paragraph, s2, e2, `${text} read the`)).toEqual({
			start: 'read the',
			suffix: 'post.',
		});
		// Nothing left before the number but a word glued to it: no directive rather than a wrong one.
		const [s3, e3] = at(text, 'Tiankai read');
		expect(passageDirective(paragraph, s3, e3, text)).toBeUndefined();
	});

	it('makes a URL of the page, the paragraph’s anchor and the directive', () => {
		expect(
			passageUrl('https://x.org/c/c6/#top', 'c6-p2', { prefix: 'the', start: 'sanctions' }),
		).toBe('https://x.org/c/c6/#c6-p2:~:text=the-,sanctions');
		expect(passageUrl('https://x.org/c/c6/', 'c6-p2', undefined)).toBe('https://x.org/c/c6/#c6-p2');
	});
});

describe('a passage over several paragraphs', () => {
	const first = 'The sanctions are a sign. China voted for them at last.';
	const middle = 'Nobody expected that.';
	const last = 'China voted for them at last, and the talks began.';
	const page = `${first} ${middle} ${last}`;
	const part = (text: string, words: string, breaks: number[] = []) => {
		const [start, end] = at(text, words);
		return { paragraph: { text, breaks }, start, end };
	};

	it('links from the first words selected to the last, as a start,end range', () => {
		const parts = [
			part(first, 'a sign. China voted for them at last.'),
			part(middle, middle),
			part(last, 'China voted'),
		];
		expect(rangeDirective(parts, page)).toEqual({
			start: 'a sign. China voted',
			end: 'China voted',
		});
	});

	it('adds context where the start occurs again, or the end occurs before its place', () => {
		// The same words start and end the selection: the start needs a word before it, and the end
		// then matches at its first occurrence after the start, which is the one selected.
		const parts = [part(first, 'China voted for them'), part(last, 'China voted for them')];
		expect(rangeDirective(parts, page)).toEqual({
			prefix: 'sign.',
			start: 'China voted for them',
			end: 'China voted for them',
		});
		// A start that occurs once on the page but an end that recurs between them is made longer by its suffix.
		const twice = [part(first, 'The sanctions'), part(last, 'at last')];
		expect(rangeDirective(twice, page)).toEqual({
			start: 'The sanctions',
			end: 'at last',
			suffix: ',',
		});
	});

	it('stops a term short of a note’s number, whose words would not match as whole words', () => {
		// A note's number right after "sign." (offset 24): the start term stops before the glued word,
		// and context is taken from before the start (never across the number) and after the end.
		const parts = [part(first, 'a sign. China', [24]), part(last, 'China voted')];
		expect(rangeDirective(parts, page)).toEqual({
			prefix: 'The sanctions are',
			start: 'a',
			end: 'China voted',
			suffix: 'for them at last, and',
		});
		const glued = [part(first, 'sign.', [23]), part(last, 'China voted')];
		expect(rangeDirective(glued, page)).toBeUndefined();
	});

	it('gives one paragraph’s directive for one paragraph', () => {
		expect(rangeDirective([part(middle, 'Nobody')], page)).toEqual({ start: 'Nobody' });
	});
});
