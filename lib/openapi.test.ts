import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '@/lib/export/formats';
import { openApiDocument } from './openapi';

type Json = Record<string, Record<string, unknown>>;

/** Every route handler under app/api as [path, method], read from the files themselves. */
function handlers(): Array<[string, string]> {
  const root = path.join(process.cwd(), 'app');
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const route = `/${path.relative(root, dir)}`.replace(/\[(\w+)\]/g, '{$1}');
        const source = fs.readFileSync(full, 'utf8');
        for (const [, method] of source.matchAll(
          /export async function (GET|POST|PUT|DELETE|PATCH)\b/g,
        )) {
          const paths = route.includes('{file}')
            ? exportFiles.map((f) => route.replace('{file}', f))
            : [route];
          for (const p of paths) out.push([p, (method ?? '').toLowerCase()]);
        }
      }
    }
  };
  walk(path.join(root, 'api'));
  return out;
}

describe('the OpenAPI document', () => {
  const doc = openApiDocument();
  const paths = doc.paths as Json;

  it('documents every route handler and method under app/api, and nothing else', () => {
    const routes = handlers();
    expect(routes.length).toBeGreaterThan(15);
    for (const [p, method] of routes) {
      const operation = (paths[p]?.[method] ?? null) as Json | null;
      expect(operation, `${method.toUpperCase()} ${p}`).not.toBeNull();
    }
    const documented = Object.entries(paths).flatMap(([p, item]) =>
      Object.keys(item)
        .filter((k) => ['get', 'post', 'put', 'delete', 'patch'].includes(k))
        .map((m) => `${m} ${p}`),
    );
    expect(documented.sort()).toEqual(routes.map(([p, m]) => `${m} ${p}`).sort());
  });

  it('has component schemas that compile, and every $ref resolves', () => {
    const text = JSON.stringify(doc);
    const components = (doc.components as { schemas: Record<string, unknown> }).schemas;
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      expect(components, name).toHaveProperty([name ?? '']);
    }
    const ajv = new Ajv2020({ strict: false });
    for (const [name, schema] of Object.entries(components)) {
      expect(
        () => ajv.compile({ ...(schema as object), components: doc.components }),
        name,
      ).not.toThrow();
    }
  });

  it('names each filter parameter with its meaning on the filtered routes', () => {
    const params = (
      paths['/api/meetings']?.get as { parameters: Array<{ name: string; description: string }> }
    ).parameters;
    const names = params.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'country',
        'heldIn',
        'region',
        'organization',
        'official',
        'topic',
        'event',
        'format',
        'status',
        'from',
        'to',
        'q',
        'sort',
        'limit',
        'page',
        'cursor',
      ]),
    );
    expect(params.find((p) => p.name === 'country')?.description).toMatch(/represents/);
  });
});
