import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests. Node by default; DOM tests opt in with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
      'test/server/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    restoreMocks: true,
    // A limit for hangs, not a timing: the CPU-heavy tests (image quantising, property runs) take a second
    // alone but several times that on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
