// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { SITE_URL } from './src/core/site.ts';
import rehypeSafeUrls from './src/markdown/rehype-safe-urls.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/headers.ts';

// The build script builds into a fresh folder and swaps it in only on success, so a failed
// build never touches the published `dist/` (see scripts/build.ts).
const outDir = process.env.EDITION_OUT_DIR ?? './dist';

export default defineConfig({
	// Where the site is published: canonical URLs, Open Graph and the sitemap use it.
	site: SITE_URL,
	outDir,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// No client framework; the few scripts we ship are inlined by Astro only where a page needs them.
	markdown: {
		// Astro 7 runs remark/rehype plugins only through the unified processor. SmartyPants stays
		// off: the archived text's straight and curly quotes must survive exactly as they are.
		// Links and images go through the same filter as the rest of editors' Markdown.
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [rehypeSafeUrls, rehypeSlug],
			smartypants: false,
		}),
	},
	// Every page carries a strict Content-Security-Policy; see src/security/headers.ts.
	security: {
		csp: {
			directives: [...CSP_DIRECTIVES],
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	devToolbar: { enabled: false },
});
