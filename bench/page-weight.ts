import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Weight {
	raw: number;
	gzip: number;
	brotli: number;
}

export interface PageWeight {
	requests: number;
	/** The HTML, with the stylesheet it inlines. */
	html: Weight;
	/** The inlined stylesheet alone (already counted in `html`), and any external ones. */
	css: Weight;
	/** JavaScript that runs on load, before the reader asks for search. */
	js: Weight;
	fonts: Weight;
	/** HTML, CSS and JavaScript together: what a first visit fetches, fonts aside. */
	total: Weight;
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a file: deterministic byte counts. */
export function weigh(bytes: Buffer): Weight {
	return {
		raw: bytes.length,
		gzip: gzipSync(bytes, { level: 9 }).length,
		brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}

function sum(weights: Weight[]): Weight {
	return weights.reduce(
		(a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
		{
			raw: 0,
			gzip: 0,
			brotli: 0,
		},
	);
}

/**
 * What a first visit to a page fetches, read from the built files: the HTML, its stylesheets,
 * its module scripts and every module they import statically (dynamic imports wait for the
 * reader), and the fonts its CSS and preloads ask for.
 */
export function pageWeight(siteDir: string, urlPath: string): PageWeight {
	const file = (url: string) =>
		path.join(
			siteDir,
			decodeURIComponent(url.split(/[?#]/)[0]!),
			url.endsWith('/') ? 'index.html' : '',
		);
	const html = readFileSync(file(urlPath));
	const text = html.toString('utf8');
	const attr = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
	const css = attr(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).concat(
		attr(/<link[^>]+href="([^"]+\.css)"[^>]*rel="stylesheet"/g),
	);
	const inlineCss = attr(/<style[^>]*>([\s\S]*?)<\/style>/g);
	const scripts = new Set<string>();
	const queue = attr(/<script[^>]+src="([^"]+)"/g);
	while (queue.length > 0) {
		const src = queue.shift()!;
		if (scripts.has(src) || !existsSync(file(src))) continue;
		scripts.add(src);
		const code = readFileSync(file(src), 'utf8');
		// Static imports only: `import"./a.js"`, `from"./a.js"`; `import("./b.js")` is loaded later.
		for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
			queue.push(new URL(match[1]!, `http://site${src}`).pathname);
	}
	const fonts = new Set(
		attr(/<link[^>]+as="font"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*as="font"/g).filter(
			Boolean,
		),
	);
	const sheets = [...css.map((href) => readFileSync(file(href), 'utf8')), ...inlineCss];
	for (const sheet of sheets)
		for (const match of sheet.matchAll(/url\(['"]?([^'")]+\.woff2)['"]?\)/g)) fonts.add(match[1]!);
	const external = sum(css.map((href) => weigh(readFileSync(file(href)))));
	const weights = {
		html: weigh(html),
		css: sum([external, ...inlineCss.map((sheet) => weigh(Buffer.from(sheet)))]),
		js: sum([...scripts].map((src) => weigh(readFileSync(file(src))))),
		fonts: sum([...fonts].map((href) => weigh(readFileSync(file(href))))),
	};
	// The inlined stylesheet is part of the HTML's bytes already; only external sheets add to them.
	return {
		requests: 1 + css.length + scripts.size + fonts.size,
		...weights,
		total: sum([weights.html, external, weights.js]),
	};
}
