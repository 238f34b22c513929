import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/browser.ts';
import { DIST } from '../../tools/dist.ts';
import { serveStatic } from '../../tools/static-server.ts';

/**
 * For browser tests: serves the built site and starts the system Chromium once per file.
 * `open(path, options)` gives a fresh page in its own context (viewport, colour scheme, JS on/off).
 */
export function useSite() {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serveStatic>>;
	beforeAll(async () => {
		server = await serveStatic(path.resolve(DIST));
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		url: (urlPath: string) => server.url + urlPath,
		async open(urlPath: string, options: BrowserContextOptions = {}): Promise<Page> {
			const context = await browser.newContext({
				viewport: { width: 1280, height: 900 },
				...options,
			});
			const page = await context.newPage();
			await page.goto(server.url + urlPath);
			return page;
		},
	};
}
