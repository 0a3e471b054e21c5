import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'db/migrations/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    plugins: { drizzle },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    // Nothing of the database or of the server reaches the browser: components and the lib/
    // modules the browser may load import neither db/ (types that cross live in lib/domain/)
    // nor lib/server/ (route and action wrappers, auth, env, export downloads).
    files: ['components/**', 'lib/**'],
    ignores: ['lib/server/**', 'lib/testing/**', 'lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/db', '@/db/*', '../db/*', '../../db/*'],
              message: 'Client-reachable code never imports db/: use the types in lib/domain/.',
            },
            {
              group: ['@/lib/server', '@/lib/server/*', '../server/*', '../../server/*'],
              message: 'Client-reachable code never imports lib/server/ (server-only).',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles: a cycle means two rooms that should be one, or a type in the wrong room.
    files: ['app/**', 'components/**', 'lib/**', 'db/**'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;
