import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlPages, page } from '../../tools/dist.ts';
import { gluedLinks } from '../support/glued-links.ts';

describe('no word is glued to a link', () => {
	it('finds a glued link, across inline elements, and passes spaced and punctuated ones (the check itself)', () => {
		const glued = gluedLinks(
			load(
				'<p>See the<a href="/about/">editorial method</a>.</p>' +
					'<p><em>Read</em><a href="/a/">this</a> and <a href="/b/">that</a>s</p>' +
					'<p>See the <a href="/about/">method</a>, (<a href="#ref-bbc2013sanctions">BBC 2013</a>) and <a href="/x/">X</a>’s word<sup><a href="#note-xi-jinping">1</a></sup></p>' +
					'<ul><li>one</li><li><a href="/y/">two</a></li></ul>' +
					'<p><a href="/p/">Search</a><button hidden>Search</button> word<label>Note 4</label><a href="#note-lucy-football">4</a></p>' +
					'<nav><a href="#letter-C">C</a><a href="#letter-D">D</a></nav>',
			),
		);
		expect(glued.map((g) => g.context)).toEqual([
			'See the|editorial method|',
			'Read|this|',
			'|that|s',
			'C|D|',
		]);
	});

	it('on every built page, every link is set off from the words around it', () => {
		const pages = htmlPages();
		const glued = pages.flatMap((url) =>
			gluedLinks(page(url)).map((g) => `${url}: “${g.context}” → ${g.href}`),
		);
		expect(glued).toEqual([]);
		expect(pages.length).toBeGreaterThan(15);
	});
});
