// ESM TypeScript under jest: ts-jest transpiles (type-checking is `npm run typecheck`),
// and relative `.js` specifiers are mapped back to their `.ts` sources.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  setupFiles: ['<rootDir>/__tests__/setup/no-network.ts'],
  testTimeout: 30000,
  maxWorkers: 2
}
