import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../tools/browser.ts';
import { startDevServer, type DevServer } from '../../tools/dev-server.ts';
import { fixtureProject } from '../support/fixtures.ts';

/**
 * The editor's loop in `npm run dev`: a saved note shows on the open page without a restart; a
 * mistake shows in the browser and the terminal, naming its file; the fix brings the page back.
 * Waits are generous (a loaded two-core machine) but bounded.
 */
describe('live preview', () => {
	const { contentDir } = fixtureProject();
	const noteFile = path.join(contentDir, 'conversations/mini/annotations/first.md');
	const original = readFileSync(noteFile, 'utf8');
	let server: DevServer;
	let browser: Browser;
	let page: Page;

	beforeAll(async () => {
		server = await startDevServer(contentDir);
		browser = await launchChromium();
		page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	}, 30_000);

	const showsText = (text: string, timeout = 30_000) =>
		page.waitForFunction((words) => document.documentElement.textContent?.includes(words), text, {
			timeout,
			polling: 100,
		});

	it('shows a saved note on the open page, without a restart', async () => {
		// The first request compiles the page; on a loaded machine that can take a while.
		await page.goto(`${server.url}/conversations/mini/c1/`, { timeout: 90_000 });
		await showsText('A note on the first words');

		const saved = Date.now();
		writeFileSync(
			noteFile,
			original.replace('A note on the first words', 'A freshly saved note on the first words'),
		);
		await showsText('A freshly saved note on the first words');
		console.log(`note saved → shown on the page: ${Date.now() - saved} ms`);
	}, 120_000);

	it('shows a content mistake in the browser and the terminal, naming the file; the fix brings the page back', async () => {
		writeFileSync(noteFile, original.replace('motivation: commenting', 'motivation: commentin'));
		const message = /annotations\/first\.md:\d+ motivation: must be one of/;
		// Astro's error overlay draws its text in a shadow root.
		const overlayText = () =>
			page.evaluate(
				() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '',
			);
		await expect.poll(overlayText, { timeout: 30_000, interval: 200 }).toMatch(message);
		await server.waitForOutput(message, 30_000);

		writeFileSync(noteFile, original);
		await showsText('A note on the first words');
		expect(await overlayText()).toBe('');
	}, 120_000);
});
