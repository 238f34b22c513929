import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CardText } from './card-text.ts';

/**
 * Cards already drawn, by what they show and how they are drawn, so a build redraws only the
 * cards whose words changed. The key covers the card's text, this folder's code, the face and
 * the renderers' versions: a change to any of them draws every card afresh.
 */
const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);

let design: string | undefined;
function designHash(): string {
	if (design) return design;
	const hash = createHash('sha256');
	for (const file of ['card-text.ts', 'render-card.ts', 'indexed-png.ts'])
		hash.update(readFileSync(path.join(here, file)));
	for (const style of ['normal', 'italic'])
		hash.update(
			readFileSync(
				require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-400-${style}.woff`),
			),
		);
	for (const pkg of ['satori', '@resvg/resvg-js'])
		hash.update((require(`${pkg}/package.json`) as { version: string }).version);
	design = hash.digest('hex');
	return design;
}

export function cardKey(card: CardText): string {
	return createHash('sha256')
		.update(designHash())
		.update(JSON.stringify(card))
		.digest('hex')
		.slice(0, 32);
}

export class CardCache {
	private readonly dir: string;

	constructor(dir = path.resolve('node_modules/.cache/edition-cards')) {
		this.dir = dir;
	}

	private file(key: string): string {
		return path.join(this.dir, `${key}.png`);
	}

	get(key: string): Buffer | undefined {
		const file = this.file(key);
		return existsSync(file) ? readFileSync(file) : undefined;
	}

	/** Written whole or not at all (a rename), so an interrupted build leaves no broken card. */
	set(key: string, png: Buffer): void {
		mkdirSync(this.dir, { recursive: true });
		const partial = `${this.file(key)}.${process.pid}`;
		writeFileSync(partial, png);
		renameSync(partial, this.file(key));
	}
}
