import { describe, expect, it } from 'vitest';
import {
	contributionInThread,
	contributionPath,
	conversationPath,
	isPublicAnchor,
	paragraphId,
	speakerPath,
} from '../../src/core/urls.ts';

describe('urls', () => {
	it('builds every public path in one scheme', () => {
		expect(conversationPath('nk')).toBe('/conversations/nk/');
		expect(contributionPath('nk', 'c6')).toBe('/conversations/nk/c6/');
		expect(contributionInThread('nk', 'c6')).toBe('/conversations/nk/#c6');
		expect(speakerPath('john-delury')).toBe('/speakers/john-delury/');
	});

	it('knows which ids are citable', () => {
		expect(['c6', 'c6-p2', 'note-cui-tiankai'].every(isPublicAnchor)).toBe(true);
		expect(['content', 'c6-title', 'thread-map-caption', 'cx'].some(isPublicAnchor)).toBe(false);
	});

	it('builds ids as <contribution>-p<n>', () => {
		expect(paragraphId('c12', 3)).toBe('c12-p3');
	});
});
