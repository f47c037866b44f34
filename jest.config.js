// Four projects: pure unit tests, integration tests against a real PostgreSQL, real API processes
// (balancer, crash and shutdown tests), browser tests.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }];
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@confer/libs/(.*)$': '<rootDir>/libs/$1' },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  reporters: ['default', '<rootDir>/tests/utils/totals-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/api/src/**/__tests__/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tests/utils/global-setup.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/utils/timeout-integration.setup.ts'],
    },
    {
      ...common,
      displayName: 'processes',
      testMatch: ['<rootDir>/tests/processes/**/*.proc-spec.ts'],
      globalSetup: '<rootDir>/tests/utils/global-setup-processes.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/utils/timeout-processes.setup.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tests/utils/global-setup.ts',
      globalTeardown: '<rootDir>/tests/utils/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tests/utils/timeout-browser.setup.ts'],
    },
  ],
};
