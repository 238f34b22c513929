import { describe, expect, it } from 'vitest';
import { citationLinker } from '../../src/citations/citation-links.ts';
import { items } from '../support/csl-items.ts';

describe('citation links', () => {
	it('links each work in a group to its entry', () => {
		const nodes = citationLinker(
			items,
			[[{ id: 'bbc2013' }, { id: 'ap2011' }]],
			(id) => `#ref-${id}`,
		)([{ id: 'bbc2013' }, { id: 'ap2011' }]);
		expect(nodes).toEqual([
			{ type: 'text', value: '(' },
			{
				type: 'element',
				tagName: 'a',
				properties: { href: '#ref-bbc2013' },
				children: [{ type: 'text', value: 'BBC News 2013' }],
			},
			{ type: 'text', value: '; ' },
			{
				type: 'element',
				tagName: 'a',
				properties: { href: '#ref-ap2011' },
				children: [{ type: 'text', value: 'Associated Press 2011' }],
			},
			{ type: 'text', value: ')' },
		]);
	});
});
