// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '.build/', '.astro/', 'node_modules/', 'screenshots/', '.scratch/', 'bench/tmp/', 'src/citations/styles/'] },
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
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
