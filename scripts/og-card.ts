/**
 * `npm run og-card`: draws the link-preview image (`public/og-card.png`, 1200×630) with the
 * system Chromium from a small HTML card set in the edition's own typeface. Run it again when
 * the site's name or look changes; the PNG is committed so builds need no browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../tools/browser.ts';
import { SITE_NAME } from '../src/core/site.ts';

// The cards' face (src/cards/render-card.ts), from its Fontsource package: the pages fetch no font.
const require = createRequire(import.meta.url);
const face = (style: string) =>
	readFileSync(
		require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-400-${style}.woff2`),
	).toString('base64');
const font = face('normal');
const italic = face('italic');
const html = `<!doctype html><meta charset="utf-8"><style>
@font-face { font-family: S; src: url(data:font/woff2;base64,${font}); }
@font-face { font-family: S; font-style: italic; src: url(data:font/woff2;base64,${italic}); }
body { margin: 0; width: 1200px; height: 630px; background: #fffff8; color: #1d1d1b; font-family: S, serif;
  display: flex; flex-direction: column; justify-content: center; padding: 0 96px; box-sizing: border-box; }
.mark { font-size: 120px; color: #8c2b12; line-height: 1; margin-bottom: 24px; }
h1 { font-weight: 400; font-size: 76px; line-height: 1.1; margin: 0 0 28px; }
p { font-style: italic; font-size: 38px; color: #595954; margin: 0; }
</style><div class="mark">¶</div><h1>${SITE_NAME.replace(', annotated', ',<br><em>annotated</em>')}</h1><p>Expert debates, word for word: attributed, annotated, citable.</p>`;

const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
	await page.setContent(html);
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path: 'public/og-card.png' });
	console.log('public/og-card.png written');
} finally {
	await browser.close();
}
