import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import fs from 'node:fs';
import drizzle from 'eslint-plugin-drizzle';

/**
 * A route's `_components/` serve that route (and the routes below it) alone; what two routes
 * share lives in components/ or lib/. A file may import the `_components/` of its own folder
 * or of a folder above it (`./_components/…`, `../_components/…`, `@/app/<its route>/…`), never
 * one that is reached through another folder (`../timeline/_components/…`,
 * `@/app/meetings/_components/…` from /timeline). The root's `_components/` hold the layout's
 * header, which every route sits under, and the dashboard, which is `/`'s alone.
 */
const routeComponentsMessage =
  "Another route's _components: move what two routes share to components/ (UI) or lib/.";
const crossRouteRelative = String.raw`^\.\.?/(?:\.\./)*(?!\.\.?/|_components(?:/|$))(?:[^/]+/)+_components(?:/|$)`;
const dashboardOutsideRoot = String.raw`^(?:@/app/|(?:\.\./)+)_components/dashboard(?:/|$)`;
const topRoutes = fs
  .readdirSync(new URL('./app', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name);

/** The import rule for the files of one top-level route (`null`: the root's own files). */
function routeBoundaries(route) {
  const own =
    route === null
      ? '_components/'
      : `${route.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')}/|_components/`;
  const regexes = [crossRouteRelative, String.raw`^@/app/(?!${own})(?:[^/]+/)*_components(?:/|$)`];
  if (route !== null) regexes.push(dashboardOutsideRoot);
  return {
    files: route === null ? ['app/*', 'app/_components/**'] : [`app/${route}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: regexes.map((regex) => ({ regex, message: routeComponentsMessage })) },
      ],
    },
  };
}

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
              group: ['@/app/*', '../app/*', '../../app/*'],
              message: 'components/ and lib/ never import app/: what routes share lives here.',
            },
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
  routeBoundaries(null),
  ...topRoutes.map(routeBoundaries),
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
