import { defineCollection } from 'astro:content';
import { editionLoader } from './lib/edition-loader.ts';

/**
 * One collection: the whole edition, loaded and kept fresh by `astro dev` (see
 * src/lib/edition-loader.ts). Built sites read the snapshot `npm run build` writes instead.
 */
export const collections = { edition: defineCollection({ loader: editionLoader() }) };
