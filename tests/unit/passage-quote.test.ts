import { describe, expect, it } from 'vitest';
import { citationText, locatorRange, quoteText } from '../../src/lib/passage-quote.ts';

describe('a passage over several paragraphs, quoted', () => {
	it('names paragraphs of one post as a range of locators', () => {
		expect(locatorRange('6.2', '6.2')).toBe('6.2');
		expect(locatorRange('6.2', '6.4')).toBe('6.2–4');
	});

	it('quotes the words of each paragraph with a blank line between them', () => {
		const passage = {
			words: ['China  voted.', 'Nobody\nexpected that.'],
			writer: 'Unnamed contributor',
			locator: '2.3–4',
			url: 'u',
		};
		expect(quoteText(passage)).toBe(
			'“China voted.\n\nNobody expected that.”\n— Unnamed contributor, ¶ 2.3–4\nu',
		);
	});
});

describe('a passage quoted and cited', () => {
	const passage = {
		words: 'not  abandon\nNorth Korea',
		writer: 'Unnamed contributor',
		locator: '2.3',
		url: 'https://x.org/c2/#c2-p3',
	};
	it('quotes the words with the writer as the page attributes them, the locator and the link', () => {
		expect(quoteText(passage)).toBe(
			'“not abandon North Korea”\n— Unnamed contributor, ¶ 2.3\nhttps://x.org/c2/#c2-p3',
		);
	});
	it('cites the words with the locator, the reference entry and the link', () => {
		expect(citationText(passage, ' Contribution 2 to “A Title?”  2013. ')).toBe(
			'“not abandon North Korea” (¶ 2.3)\nContribution 2 to “A Title?” 2013.\nPassage: https://x.org/c2/#c2-p3',
		);
	});
});
