import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Every Astro file, read as text: these rules are about how the source is written. */
function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => `${entry.parentPath}/${entry.name}`);
}
const files = ['src/components', 'src/layouts', 'src/pages'].flatMap(astroFiles);

describe('Astro sources', () => {
	it('are found', () => {
		expect(files).toContain('src/components/Attribution.astro');
	});

	it('import each module once', () => {
		const twice = files.flatMap((file) => {
			const frontmatter = readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '';
			const modules = [...frontmatter.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map(
				(match) => match[1]!,
			);
			return modules
				.filter((module, index) => modules.indexOf(module) !== index)
				.map((module) => `${file}: ${module}`);
		});
		expect(twice).toEqual([]);
	});

	it('put no fragment directly inside another', () => {
		const nested = files.filter((file) => /<>\s*<>/.test(readFileSync(file, 'utf8')));
		expect(nested).toEqual([]);
	});
});
