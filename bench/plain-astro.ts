import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { htmlFiles } from '../src/core/built-pages.ts';
import { measureProcess, type BuildMeasure } from './measure-build.ts';

/**
 * The yardstick for the build's scale: a plain Astro site with as many pages as ours, from plain
 * Markdown (the same synthetic words, without notes, citations, people or checks), built by the
 * same Astro and indexed by the same Pagefind, in the same run. Our build time as a multiple of
 * its time holds on any machine, where seconds do not.
 *
 * Each conversation gives a page of its whole thread and one per contribution, as ours does; the
 * speakers' and people's files, then the threads again, fill the rest up to `pageCount`.
 */
export function writePlainSite(siteDir: string, contentDir: string, pageCount: number): void {
	rmSync(siteDir, { recursive: true, force: true });
	const pages = path.join(siteDir, 'src', 'pages');
	mkdirSync(pages, { recursive: true });
	writeFileSync(path.join(siteDir, 'astro.config.mjs'), 'export default {};\n');
	// Each page's words are marked for the index, as ours are, so Pagefind indexes as much here.
	const layouts = path.join(siteDir, 'src', 'layouts');
	mkdirSync(layouts, { recursive: true });
	writeFileSync(
		path.join(layouts, 'Plain.astro'),
		'---\nconst { frontmatter } = Astro.props;\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><main data-pagefind-body><slot /></main></body></html>\n',
	);
	const body = (file: string) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	const sources: { name: string; text: string }[] = [];
	const conversations = path.join(contentDir, 'conversations');
	for (const id of readdirSync(conversations).sort()) {
		const dir = path.join(conversations, id, 'contributions');
		const posts = readdirSync(dir)
			.sort()
			.map((file) => body(path.join(dir, file)));
		sources.push({ name: `${id}/index`, text: posts.join('\n\n') });
		posts.forEach((text, i) => sources.push({ name: `${id}/c${i + 1}`, text }));
	}
	for (const folder of ['speakers', 'people'])
		for (const file of readdirSync(path.join(contentDir, folder)))
			sources.push({
				name: `${folder}/${path.basename(file, '.md')}`,
				text: body(path.join(contentDir, folder, file)),
			});
	for (let i = 0; i < pageCount; i++) {
		const { name, text } = sources[i % sources.length]!;
		const file = path.join(pages, i < sources.length ? `${name}.md` : `more/${i}.md`);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(
			file,
			`---\ntitle: ${path.basename(name)}\nlayout: ${path.relative(path.dirname(file), path.join(layouts, 'Plain.astro'))}\n---\n\n# ${path.basename(name)}\n\n${text}`,
		);
	}
}

/** Builds the plain site with Astro, then indexes it with Pagefind, as one measured process. */
export function buildPlainSite(siteDir: string): Promise<BuildMeasure> {
	const astro = createRequire(import.meta.url)
		.resolve('astro/package.json')
		.replace(/package\.json$/, 'bin/astro.mjs');
	const script = `
		import { spawnSync } from 'node:child_process';
		import { buildSearchIndex } from ${JSON.stringify(path.resolve('src/search/build-index.ts'))};
		let step = performance.now();
		const built = spawnSync(process.execPath, [${JSON.stringify(astro)}, 'build', '--silent', '--root', ${JSON.stringify(siteDir)}], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
		if (built.status !== 0) process.exit(1);
		console.log('✓ Pages (' + ((performance.now() - step) / 1000).toFixed(1) + ' s)');
		step = performance.now();
		const indexed = await buildSearchIndex(${JSON.stringify(path.join(siteDir, 'dist'))});
		console.log('✓ Search index: ' + indexed + ' pages (' + ((performance.now() - step) / 1000).toFixed(1) + ' s)');
	`;
	return measureProcess(['--input-type=module', '--eval', script]);
}

/** The number of HTML pages under a built site. */
export function htmlPageCount(dir: string): number {
	return htmlFiles(dir).length;
}
