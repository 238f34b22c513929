import { parentPort, workerData } from 'node:worker_threads';
import { summarise } from './load-share.ts';

/** One share of `prepareEdition`, in a worker thread: loads its conversations, writes its snapshot, reports back. */
parentPort!.postMessage(summarise(workerData as Parameters<typeof summarise>[0]));
