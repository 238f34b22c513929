import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (Debian's package), or `CHROME_PATH`. Nothing is downloaded. */
export function chromiumPath(): string {
	const candidates = [
		process.env.CHROME_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	];
	const found = candidates.find((candidate) => candidate && existsSync(candidate));
	if (!found)
		throw new Error('No Chromium found: install Debian’s `chromium` package or set CHROME_PATH');
	return found;
}

/** Flags for a quiet, sandbox-free headless Chromium that contacts nothing but the test server. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}
