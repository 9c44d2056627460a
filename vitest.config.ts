import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
