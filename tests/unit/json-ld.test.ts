import { describe, expect, it } from 'vitest';
import { serialiseJsonLd, threadJsonLd } from '../../src/lib/json-ld.ts';
import { smallThread } from '../support/model.ts';

describe('json-ld', () => {
	it('cannot close its script element early', () => {
		expect(serialiseJsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain(
			'</script>',
		);
	});

	it('gives an unnamed writer no author, and each comment every parent', () => {
		const data = threadJsonLd(smallThread(), 'https://example.org');
		const comments = data['comment'] as Record<string, unknown>[];
		expect(comments[0]).not.toHaveProperty('author');
		// c3 answers c2 and c1: both are its parents, the main one first.
		expect(comments[1]!['parentItem']).toEqual([
			{ '@id': 'https://example.org/conversations/x/#c2' },
			{ '@id': 'https://example.org/conversations/x/#c1' },
		]);
		expect(data['author']).toEqual({ '@type': 'Person', name: 'Ann Author' });
	});
});
