/**
 * Jest config for the browser tests (Chromium via playwright-core): `jest --config jest.browser.config.js`.
 * Kept apart from the default suite because it needs a system Chromium and a seeded database.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.browser.test.ts'],
  transform: {
    '^.+\\.ts$': swc,
    // jose ships ESM only; on Node 20 Jest cannot require() it, so its .js files are compiled to CommonJS too
    // (transformIgnorePatterns below lets node_modules/jose through and nothing else).
    '^.+\\.m?js$': swc,
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
};
