// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.build/',
			'.astro/',
			'node_modules/',
			'screenshots/',
			'.scratch/',
			'bench/tmp/',
			'src/citations/styles/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	// Type-aware rules on TypeScript: promises nobody awaits and promises passed where a callback's
	// result is ignored are the bugs plain linting cannot see.
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommendedTypeCheckedOnly],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
		},
	},
	{
		// Tests speak through Vitest's asymmetric matchers (`expect.any`, `expect.stringMatching`),
		// typed `any` by design, and call scripts they inject into the page (axe) that TypeScript
		// cannot see: the unsafe-any rules would flag the idiom, not a bug. Promises stay checked.
		files: ['tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			// Cheerio's node types are enums whose values are the strings tests compare them with.
			'@typescript-eslint/no-unsafe-enum-comparison': 'off',
		},
	},
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused arguments are named to say what a callback receives; unused variables are mistakes.
			'@typescript-eslint/no-unused-vars': ['error', { args: 'none', ignoreRestSiblings: true }],
			// Non-null assertions mark facts the loader has already checked (a contribution's speaker exists).
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);
