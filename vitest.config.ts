import { defineConfig } from 'vitest/config';

/**
 * Tests by kind, each its own project:
 * - unit: plain modules, no build;
 * - build: read the built `dist/` as HTML (run `npm run build` first; `npm test` does);
 * - browser: the built site in the system Chromium.
 */
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 60_000 } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
		],
	},
});
