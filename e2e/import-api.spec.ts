import fs from 'node:fs';
import path from 'node:path';
import { authFile, expect, test } from './fixtures';
import { OpenApiConformance } from './openapi-conformance';

const seedArticle = fs.readFileSync(
  path.join(process.cwd(), 'lib/import/corpus/dev/00-seed.txt'),
  'utf8',
);

test.describe('POST /api/import/extract', () => {
  test('proposes the seed article’s five meetings, as the OpenAPI document says', async ({
    request,
  }) => {
    const api = await OpenApiConformance.load(request);
    const res = await request.post('/api/import/extract', {
      data: { text: seedArticle, published: '2023-03-20', sourceUrl: null },
    });
    expect(res.status()).toBe(200);
    await api.expectConforms(res, '/api/import/extract', 'post');
    const { meetings } = await res.json();
    expect(meetings).toHaveLength(5);
    for (const m of meetings) {
      expect(m.participants.map((p: { name: string }) => p.name)).toContain('Kairat Umarov');
      // Every draft points at the sentences it came from, inside the text as sent.
      for (const [start, end] of m.evidence) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(seedArticle.length);
      }
    }
    expect(meetings.filter((m: { format: string }) => m.format === 'bilateral')).toHaveLength(4);
  });

  test('names each bad field', async ({ request }) => {
    const res = await request.post('/api/import/extract', {
      data: { text: '   ', published: '2023-02-30', sourceUrl: 'not a url' },
    });
    expect(res.status()).toBe(400);
    const { fieldErrors } = await res.json();
    expect(Object.keys(fieldErrors).sort()).toEqual(['published', 'sourceUrl', 'text']);
    const long = await request.post('/api/import/extract', {
      data: { text: 'x'.repeat(100_001), published: null },
    });
    expect(long.status()).toBe(400);
    expect((await long.json()).fieldErrors.text).toMatch(/too long/);
  });

  test('is for editors and admins only', async ({ playwright, baseURL }) => {
    const as = (storageState: string | { cookies: []; origins: [] }) =>
      playwright.request.newContext({ baseURL, storageState });
    const body = { data: { text: seedArticle, published: null } };
    const viewer = await as(authFile('blank', 'viewer'));
    expect((await viewer.post('/api/import/extract', body)).status()).toBe(403);
    const anonymous = await as({ cookies: [], origins: [] });
    expect((await anonymous.post('/api/import/extract', body)).status()).toBe(401);
    await Promise.all([viewer.dispose(), anonymous.dispose()]);
  });
});
