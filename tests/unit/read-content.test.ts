import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/loader/read-content.ts';

describe('readContent', () => {
	it('reports a content folder with no conversation, or no content folder at all, instead of building an empty site', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'edition-'));
		mkdirSync(path.join(root, 'content', 'speakers'), { recursive: true });
		expect(readContent(path.join(root, 'content'), root).problems).toEqual([
			{
				file: 'content/conversations',
				field: 'conversations',
				message: 'holds no conversation folder: the edition needs at least one',
			},
		]);
		expect(readContent(path.join(root, 'elsewhere'), root).problems).toEqual([
			{
				file: 'elsewhere/conversations',
				field: 'conversations',
				message: 'does not exist: the content folder is missing or misnamed',
			},
		]);
		rmSync(root, { recursive: true });
	});
});
