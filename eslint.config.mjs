// @ts-check
import fs from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** The capabilities: one folder each under src/modules. */
const MODULES = fs
  .readdirSync('src/modules', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** The core: every entry of src/ but src/modules, as globs. */
const CORE = fs
  .readdirSync('src', { withFileTypes: true })
  .filter((e) => e.name !== 'modules')
  .map((e) => (e.isDirectory() ? `./src/${e.name}/**` : `./src/${e.name}`));

/**
 * Boundaries: a module reaches another only through its index.ts (its public surface: the
 * entities, services, enums and types other modules use); src/shared/ reaches no module.
 */
const BOUNDARIES = [
  ...MODULES.map((name) => ({
    target: `./src/modules/${name}/**`,
    from: './src/modules/*/**',
    except: [`**/src/modules/${name}/**`, '**/src/modules/*/index.ts'],
    message: `Import another module through its index.ts (e.g. '../people'), not its files; export what ${name} needs from there.`,
  })),
  // The core (src/ outside src/modules: the server, schema, context, auth, CLI, seed data…) reaches
  // a module only through its index.ts too, or through src/modules/index.ts for the whole platform.
  {
    target: CORE,
    from: './src/modules/*/**',
    except: ['**/src/modules/*/index.ts', '**/src/modules/index.ts'],
    message:
      "Import a module through its index.ts (e.g. './modules/people'), not its files; export what is needed from there.",
  },
  {
    target: './src/shared/**',
    from: './src/modules/**',
    message: 'src/shared/ is below every module: move what it needs into src/shared/.',
  },
];

/**
 * Nothing in src/ imports seeds/: the server never loads the seeder's code. The city's reference
 * data, which a production start with SEED_ON_START and the seeding CLI load, lives in src/db/seed/;
 * seeds/ holds what development and tests use.
 */
const NO_SEEDS = {
  target: './src/**',
  from: './seeds/**',
  message: "src/ never imports seeds/: the city's reference data lives in src/db/seed/.",
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.data/',
      'coverage/',
      'test-output/',
      'src/playground/static/',
      'test/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      // Module dependencies stay a tree (as graphql-js does).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...BOUNDARIES, NO_SEEDS] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/main.ts', 'src/cli/**/*.ts', 'test/bench/**/*.ts', 'src/app.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    // The dashboard's browser modules (no build step).
    files: ['src/dashboard/static/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', URL: 'readonly', console: 'readonly' },
    },
  },
);
