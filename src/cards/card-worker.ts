import { parentPort } from 'node:worker_threads';
import type { CardText } from './card-text.ts';
import { renderCard } from './render-card.ts';

/** Draws the cards it is sent, one at a time, on a core of its own (see write-cards.ts). */
// Every failure is sent back as a message, so the promise is handled here, never left floating.
parentPort!.on('message', ({ id, card }: { id: number; card: CardText }) => {
	renderCard(card).then(
		(png) => parentPort!.postMessage({ id, png }),
		(error: unknown) =>
			parentPort!.postMessage({
				id,
				error: error instanceof Error ? error.message : String(error),
			}),
	);
});
