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
  // Three workers on the 2-core machine: the process-level tests spend part of their time
  // waiting on the processes they start (the action, Chromium, the emulator), which a third
  // worker fills. Measured on the full suite, one after the other in one session: 89-98 s with
  // 2 workers, 80 s with 3, 79 s with 4.
  maxWorkers: 3
}
