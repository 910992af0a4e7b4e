// ESM TypeScript under jest: esbuild strips the types (__tests__/setup/esbuild-transform.mjs;
// type-checking is `npm run typecheck`), and relative `.js` specifiers are mapped back to their
// `.ts` sources.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': '<rootDir>/__tests__/setup/esbuild-transform.mjs'
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/setup/no-network.ts'],
  testTimeout: 30000,
  maxWorkers: 2
}
