import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Edition } from '../model/model.ts';
import { contributionCardPath } from '../core/urls.ts';
import { CardCache, cardKey } from './card-cache.ts';
import { cardText, type CardText } from './card-text.ts';

export interface CardsWritten {
	drawn: number;
	reused: number;
}

/**
 * Writes every contribution's link-preview card into the built site (`…/c6/card.png`): from the
 * cache when its words are unchanged, otherwise drawn on every core and cached.
 */
export async function writeCards(
	edition: Edition,
	outDir: string,
	cache = new CardCache(),
): Promise<CardsWritten> {
	const wanted = edition.conversations.flatMap((conversation) =>
		conversation.contributions.map((contribution) => {
			const card = cardText(conversation, contribution);
			return {
				file: path.join(outDir, contributionCardPath(conversation.id, contribution.id)),
				card,
				key: cardKey(card),
			};
		}),
	);
	const missing = wanted.filter(({ key }) => !cache.get(key));
	const drawn = await drawAll(missing.map(({ card }) => card));
	missing.forEach(({ key }, index) => cache.set(key, drawn[index]!));
	for (const { file, key } of wanted) {
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, cache.get(key)!);
	}
	return { drawn: missing.length, reused: wanted.length - missing.length };
}

/** Draws cards on a pool of workers, one per core (or fewer, for a few cards), in order. */
async function drawAll(cards: CardText[]): Promise<Buffer[]> {
	if (cards.length === 0) return [];
	const size = Math.min(availableParallelism(), cards.length);
	const workers = Array.from(
		{ length: size },
		() => new Worker(new URL('./card-worker.ts', import.meta.url)),
	);
	const results: Buffer[] = new Array<Buffer>(cards.length);
	let next = 0;
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						const send = () => {
							if (next >= cards.length) return resolve();
							const id = next++;
							worker.postMessage({ id, card: cards[id] });
						};
						worker.on(
							'message',
							({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
								if (error !== undefined)
									return reject(
										new Error(`The card for “${cards[id]!.position}” could not be drawn: ${error}`),
									);
								results[id] = Buffer.from(png!);
								send();
							},
						);
						worker.on('error', reject);
						send();
					}),
			),
		);
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results;
}
