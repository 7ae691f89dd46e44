import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // beforeAll hooks load and validate 1,000 rules: seconds alone, far more while every core is busy
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
