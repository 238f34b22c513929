import { parentPort, workerData } from 'node:worker_threads';
import { loadShare } from './load-share.ts';

/** One share of `prepareEdition`, in a worker thread: loads its conversations, writes its snapshot, reports back. */
parentPort!.postMessage(loadShare(workerData as Parameters<typeof loadShare>[0]));
