/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          // Like tsconfig's "jsx": "react-jsx": no React import needed in .tsx files.
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transformIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60000,
  // Each worker keeps one booted Payload (tests/support/payload-environment.mjs) for all its test files;
  // its database handle stays open until the worker ends, so jest must not wait for it.
  forceExit: true,
}
