import { describe, expect, it } from 'vitest';
import { previewTarget } from '../../src/client/preview-target.ts';

const PAGE = 'https://edition.example/conversations/x/c2/';

describe('previewTarget: what a link previews, from its address', () => {
	it('a post, whether linked in the thread or on its own page', () => {
		expect(previewTarget('#c3', 'https://edition.example/conversations/x/')).toEqual({
			kind: 'post',
			path: '/conversations/x/c3/',
		});
		expect(previewTarget('/conversations/x/#c3', PAGE)).toEqual({
			kind: 'post',
			path: '/conversations/x/c3/',
		});
		expect(previewTarget('/conversations/x/c1/', PAGE)).toEqual({
			kind: 'post',
			path: '/conversations/x/c1/',
		});
	});

	it('a person, and a reference listed on the same page', () => {
		expect(previewTarget('/people/cui-tiankai/', PAGE)).toEqual({
			kind: 'person',
			path: '/people/cui-tiankai/',
		});
		expect(previewTarget('#ref-scmp2013cui', PAGE)).toEqual({
			kind: 'reference',
			id: 'ref-scmp2013cui',
		});
	});

	it('nothing for other links: another site, a paragraph, a note, the thread, a file, a reference on another page', () => {
		for (const href of [
			'https://example.org/people/x/',
			'#c3-p2',
			'#note-cui-tiankai',
			'/conversations/x/',
			'/conversations/x/c1/cite.json',
			'/conversations/x/#ref-a',
			'/people/',
		]) {
			expect(previewTarget(href, PAGE), href).toBeUndefined();
		}
	});
});
