import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; unit tests run db/ code directly.
      'server-only': path.join(root, 'lib/testing/server-only-stub.ts'),
    },
  },
  test: {
    include: [
      'db/**/*.test.ts',
      'lib/**/*.test.ts',
      'scripts/**/*.test.ts',
      'app/**/*.test.ts',
      'components/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
  },
});
