/**
 * Worker thread of src/lib/quoteFolders.ts: makes the quote pages' folders in the staging folder while
 * Astro renders the other pages on the main thread. Node runs this file itself (type stripping).
 */
import { workerData } from 'node:worker_threads';
import { createQuoteFolders } from './quoteFolders.ts';

const { dir, ids } = workerData as { dir: string; ids: string[] };
createQuoteFolders(dir, ids);
