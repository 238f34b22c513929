import { parentPort } from 'node:worker_threads';
import { loadShare } from './load-share.ts';

/**
 * Shares of `prepareEdition`, in a worker thread, one after another: loads each share's
 * conversations, writes its snapshot, reports back.
 */
parentPort!.on('message', (task: Parameters<typeof loadShare>[0]) => {
	parentPort!.postMessage(loadShare(task));
});
