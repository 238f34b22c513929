import { parentPort } from 'node:worker_threads';
import type { CardText } from './card-text.ts';
import { renderCard } from './render-card.ts';

/** Draws the cards it is sent, one at a time, on a core of its own (see write-cards.ts). */
parentPort!.on('message', async ({ id, card }: { id: number; card: CardText }) => {
	try {
		const png = await renderCard(card);
		parentPort!.postMessage({ id, png });
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
	}
});
