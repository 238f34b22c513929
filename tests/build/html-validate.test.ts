import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages } from '../../tools/dist.ts';

describe('valid HTML', () => {
	it('every built page passes html-validate (standard preset) with no errors', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
		const errors: string[] = [];
		const pages = htmlPages();
		for (const url of pages) {
			const report = await validator.validateString(readFileSync(fileFor(url)!, 'utf8'), url);
			for (const result of report.results) {
				for (const message of result.messages) {
					if (message.severity === 2)
						errors.push(
							`${url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
						);
				}
			}
		}
		expect(errors).toEqual([]);
		expect(pages.length).toBeGreaterThanOrEqual(18);
	});
});
