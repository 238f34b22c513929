import { describe, expect, it } from 'vitest';
import { previewData, type PreviewData } from '../../src/lib/previews.ts';
import type { Person } from '../../src/model/model.ts';
import { renderContribution } from '../../src/markdown/render.ts';
import { previewTarget } from '../../src/client/preview-target.ts';
import { previewView } from '../../src/client/preview-view.ts';
import { contribution, conversation, speaker } from '../support/model.ts';

const PAGE = 'https://edition.example/conversations/x/c2/';

describe('previewTarget: what a link previews, from its address', () => {
	it('a post, whether linked in the thread or on its own page', () => {
		expect(previewTarget('#c3', 'https://edition.example/conversations/x/')).toEqual({ kind: 'post', path: '/conversations/x/c3/' });
		expect(previewTarget('/conversations/x/#c3', PAGE)).toEqual({ kind: 'post', path: '/conversations/x/c3/' });
		expect(previewTarget('/conversations/x/c1/', PAGE)).toEqual({ kind: 'post', path: '/conversations/x/c1/' });
	});

	it('a person, and a reference listed on the same page', () => {
		expect(previewTarget('/people/cui-tiankai/', PAGE)).toEqual({ kind: 'person', path: '/people/cui-tiankai/' });
		expect(previewTarget('#ref-scmp2013cui', PAGE)).toEqual({ kind: 'reference', id: 'ref-scmp2013cui' });
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

const data: PreviewData = {
	posts: { '/conversations/x/c1/': { title: 'Contribution 1', by: 'Ann Author', text: 'First words…' } },
	people: {
		'/people/cui-tiankai/': {
			name: 'Cui Tiankai',
			role: 'Vice foreign minister',
			names: [{ text: '崔天凯', lang: 'zh-Hans' }, { text: 'Cui' }],
		},
		'/people/ann/': { name: 'Ann', role: 'A writer', names: [] },
	},
};

describe('previewView: what a preview says', () => {
	it('a post: its number and writer, its first words, and a link on', () => {
		expect(previewView({ kind: 'post', path: '/conversations/x/c1/' }, data)).toEqual({
			title: 'Contribution 1 · Ann Author',
			lines: [[{ text: 'First words…' }]],
			go: 'Read contribution 1',
		});
	});

	it('a person: the role, then the other names, each in its language', () => {
		expect(previewView({ kind: 'person', path: '/people/cui-tiankai/' }, data)).toEqual({
			title: 'Cui Tiankai',
			lines: [
				[{ text: 'Vice foreign minister' }],
				[{ text: 'Also ' }, { text: '崔天凯', lang: 'zh-Hans' }, { text: ' · ' }, { text: 'Cui' }],
			],
			go: 'About Cui Tiankai',
		});
		expect(previewView({ kind: 'person', path: '/people/ann/' }, data)?.lines).toEqual([[{ text: 'A writer' }]]);
	});

	it('a reference: the frame only (the entry is the page’s own)', () => {
		expect(previewView({ kind: 'reference', id: 'ref-a' }, data)).toEqual({
			title: 'Reference',
			lines: [],
			go: 'Go to the reference list',
		});
	});

	it('nothing for what the data does not know, so no empty preview opens', () => {
		expect(previewView({ kind: 'post', path: '/conversations/x/c9/' }, data)).toBeUndefined();
		expect(previewView({ kind: 'person', path: '/people/nobody/' }, data)).toBeUndefined();
	});
});

describe('previewData: a conversation’s posts and the people its posts link to', () => {
	const ann = speaker('ann', 'Ann Author');
	const c1 = { ...contribution(1, ann), html: '<p><a class="person" href="/people/cui-tiankai/">Cui</a></p>' };
	const c2 = contribution(2, speaker('unnamed-b'), ['c1']);
	const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
		id,
		name,
		sortName: name,
		aliases: [],
		mentions: [],
		role: `Role of ${name}`,
		sources: [],
		bioHtml: '',
		file: `content/people/${id}.md`,
		...extra,
	});
	const people = [person('cui-tiankai', 'Cui Tiankai', { chineseName: '崔天凯', aliases: ['Cui'] }), person('kerry', 'John Kerry')];
	const result = previewData({ conversations: [], speakers: [], people }, conversation([c1, c2]));

	it('every post by path, with its writer as the edition names them and its first words', () => {
		expect(result.posts['/conversations/x/c1/']).toEqual({ title: 'Contribution 1', by: 'Ann Author', text: 'Paragraph one of 1.' });
		expect(result.posts['/conversations/x/c2/']?.by).toBe('Unnamed contributor');
	});

	it('only the people linked from its posts, with their other names tagged', () => {
		expect(result.people).toEqual({
			'/people/cui-tiankai/': {
				name: 'Cui Tiankai',
				role: 'Role of Cui Tiankai',
				names: [{ text: '崔天凯', lang: 'zh-Hans' }, { text: 'Cui' }],
			},
		});
	});
});

describe('rehype-post-links: words that refer to another post become a link, unchanged', () => {
	it('links the words, leaves the text as it was, and never nests a person link inside', () => {
		const html = renderContribution('He read Orville’s post overnight.', {
			id: 'c6',
			number: 6,
			links: [{ anchor: { paragraph: 0, start: 8, end: 22 }, href: '/conversations/x/c1/' }],
			mentions: [{ text: 'Orville', href: '/people/orville/' }],
		});
		expect(html).toContain('He read <a class="post-link" href="/conversations/x/c1/">Orville’s post</a> overnight.');
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
