import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../../tools/dist.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

describe('bylines appear only where the text supports them', () => {
	it('names the writers the evidence names, and no one else', () => {
		const $ = page(THREAD);
		const speakers = $('.contribution-speaker')
			.toArray()
			.map((s) => $(s).text().trim());
		expect(speakers).toEqual([
			'Orville Schell',
			'Unnamed contributor (no byline in the archived text)',
			'Suzanne (first name only)',
			'Unnamed contributor (no byline in the archived text)',
			'Unnamed contributor (no byline in the archived text)',
			'John Delury',
			'Orville Schell',
		]);
	});

	it('gives each attribution its basis and evidence', () => {
		const $ = page(THREAD);
		expect($('#c3 .attribution summary').text()).toBe('Attribution: inferred from contribution 4');
		expect($('#c3 .attribution').text()).toContain('“as Suzanne points out”');
		expect($('#c6 .attribution').text()).toContain('“Very telling post from John Delury”');
		expect($('#c2 .attribution summary').text()).toBe(
			'Attribution: not named in the archived text',
		);
	});

	it('prints no guessed name anywhere on the site', () => {
		// Names that have been suggested for the unnamed posts but are not supported by the text.
		for (const url of htmlPages()) {
			const text = page(url)('body').text();
			expect(text, url).not.toMatch(/Shirk|Winston Lord|Susan\b/);
		}
	});
});
