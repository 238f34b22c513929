import type { Contribution } from '../model/model.ts';

export interface ReplyEdge {
	/** The answering contribution. */
	from: string;
	/** The contribution answered. */
	to: string;
	/** True for a contribution's main target (the first in its `replyTo`). */
	main: boolean;
}

/** Every "answers" link in a thread, oldest answer first. */
export function replyEdges(contributions: readonly Contribution[]): ReplyEdge[] {
	return contributions.flatMap((c) =>
		c.replyTo.map((to, index) => ({ from: c.id, to, main: index === 0 })),
	);
}

/** The contributions before and after one, in reading order, for previous/next links. */
export function neighbours<T extends { id: string }>(
	items: readonly T[],
	id: string,
): { previous?: T; next?: T } {
	const index = items.findIndex((item) => item.id === id);
	const previous = index > 0 ? items[index - 1] : undefined;
	const next = index >= 0 ? items[index + 1] : undefined;
	return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
