/**
 * The browser tests (headless Debian Chromium via playwright-core): `npm run test:browser`.
 * The main suite's configuration (package.json "jest"), for the browser test files only.
 */
const path = require('node:path');
const { jest: base } = require('../../package.json');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '..', '..'),
  testMatch: ['<rootDir>/test/browser/**/*.browser.test.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
