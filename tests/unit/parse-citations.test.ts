import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../src/citations/parse-citations.ts';

describe('parseCitations', () => {
	it('splits text at Pandoc-style citations, with locators and groups', () => {
		expect(
			parseCitations('As reported [@bbc2013, p. 3; @ap2011] and [@xinhua]. [Not a cite]'),
		).toEqual([
			{ text: 'As reported ' },
			{
				keys: [{ id: 'bbc2013', locator: '3', label: 'page' }, { id: 'ap2011' }],
				source: '[@bbc2013, p. 3; @ap2011]',
			},
			{ text: ' and ' },
			{ keys: [{ id: 'xinhua' }], source: '[@xinhua]' },
			{ text: '. [Not a cite]' },
		]);
	});

	it('refuses a citation it cannot read, naming it', () => {
		expect(() => parseCitations('[@ok; not-a-key]')).toThrow(
			/\[@ok; not-a-key\] is not a citation/,
		);
		expect(() => parseCitations('[@ok, page three]')).toThrow(/locator "page three" needs a label/);
	});
});
