import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site.ts';

const THREAD = '/conversations/north-korea-sanctions-2013/';

describe('under the published Content-Security-Policy', () => {
	const site = useSite();

	it('reading and searching make no request to another origin and break no rule of the policy', async () => {
		const page = await site.open(THREAD);
		const origin = new URL(site.url('/')).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
				foreign.push(request.url());
		});
		await page.evaluate(() => {
			const violations: string[] = ((window as unknown as { violations: string[] }).violations =
				[]);
			document.addEventListener('securitypolicyviolation', (event) =>
				violations.push(`${event.violatedDirective} ${event.blockedURI}`),
			);
		});
		expect(
			(await page.request.get(site.url(THREAD))).headers()['content-security-policy'],
		).toContain("frame-ancestors 'none'");
		await page.keyboard.press('Control+k');
		await page.waitForSelector('dialog.search-dialog[open]');
		await page.keyboard.type('sanctions');
		await page.waitForSelector('dialog.search-dialog a.search-result-link');
		expect(
			await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
		).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});
});
