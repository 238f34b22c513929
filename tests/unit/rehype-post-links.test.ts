import { describe, expect, it } from 'vitest';
import { renderContribution } from '../../src/markdown/render.ts';

describe('rehype-post-links: words that refer to another post become a link, unchanged', () => {
	it('links the words, leaves the text as it was, and never nests a person link inside', () => {
		const html = renderContribution('He read Orville’s post overnight.', {
			id: 'c6',
			number: 6,
			links: [{ anchor: { paragraph: 0, start: 8, end: 22 }, href: '/conversations/x/c1/' }],
			mentions: [{ text: 'Orville', href: '/people/orville/' }],
		});
		expect(html).toContain(
			'He read <a class="post-link" href="/conversations/x/c1/">Orville’s post</a> overnight.',
		);
		expect(html).not.toContain('/people/orville/');
	});

	it('inside a note’s marked words, the link sits in the mark and the note follows outside it', () => {
		const html = renderContribution('I hope Orville’s upbeat interpretation proves sound.', {
			id: 'c5',
			number: 5,
			notes: [
				{
					id: 'o',
					number: 1,
					exact: 'Orville’s upbeat interpretation',
					anchor: { paragraph: 0, start: 7, end: 38 },
					body: [{ type: 'text', value: 'A note.' }],
				},
			],
			links: [{ anchor: { paragraph: 0, start: 7, end: 38 }, href: '/conversations/x/c1/' }],
		});
		expect(html).toContain(
			'<mark class="note-anchor" data-note="o" data-i="1"><a class="post-link" href="/conversations/x/c1/">Orville’s upbeat interpretation</a></mark><a class="note-ref"',
		);
		expect(html).toMatch(/proves sound\.<\/p>\s*<div class="para-notes">/);
	});
});
