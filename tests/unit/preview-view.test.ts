import { describe, expect, it } from 'vitest';
import { previewView } from '../../src/client/preview-view.ts';
import type { PreviewData } from '../../src/lib/previews.ts';

const data: PreviewData = {
	posts: {
		'/conversations/x/c1/': { title: 'Contribution 1', by: 'Ann Author', text: 'First words…' },
	},
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
		expect(previewView({ kind: 'person', path: '/people/ann/' }, data)?.lines).toEqual([
			[{ text: 'A writer' }],
		]);
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
