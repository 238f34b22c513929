import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { ANNOTATION_MEDIA_TYPE } from '../src/security/headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	// The Web Annotation profile, as `_headers` gives it to hosts.
	'.jsonld': ANNOTATION_MEDIA_TYPE,
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/**
 * The headers a `_headers` file (Netlify / Cloudflare Pages format) sets for every path (`/*`),
 * so that the tests run under the same Content-Security-Policy as the published site.
 */
function headersFor(root: string): Record<string, string> {
	const file = path.join(root, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let applies = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.startsWith(' ')) applies = line.trim() === '/*';
		else if (applies && line.includes(':'))
			headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
	}
	return headers;
}

/** Text types a static host compresses on the fly; fonts, images and WebAssembly it sends as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml)|image\/svg)/;

/**
 * Serves a built site as a static host would: `/x/` → `/x/index.html`, unknown paths → 404.html
 * with status 404, the `_headers` file's headers on every response, and text compressed with
 * Brotli or gzip when the browser accepts it (as every production host does, so that Lighthouse
 * sees the bytes a reader would). Listens on a free loopback port.
 */
export async function serveStatic(
	root: string,
): Promise<{ url: string; close: () => Promise<void> }> {
	const headers = headersFor(root);
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) file = path.join(root, '404.html');
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		const found = existsSync(file) && statSync(file).isFile();
		const served = found ? file : path.join(root, '404.html');
		const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
		const accepts = String(request.headers['accept-encoding'] ?? '');
		const encoding = !COMPRESSIBLE.test(type)
			? undefined
			: /\bbr\b/.test(accepts)
				? 'br'
				: /\bgzip\b/.test(accepts)
					? 'gzip'
					: undefined;
		response.writeHead(found ? 200 : 404, {
			...headers,
			'Content-Type': type,
			Vary: 'Accept-Encoding',
			...(encoding ? { 'Content-Encoding': encoding } : {}),
		});
		const body = createReadStream(served);
		if (encoding === 'br')
			body
				.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
				.pipe(response);
		else if (encoding === 'gzip') body.pipe(createGzip({ level: 9 })).pipe(response);
		else body.pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string')
		throw new Error('The test server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
