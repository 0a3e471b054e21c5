import { parse } from 'csv-parse/sync';
import type { APIRequestContext } from '@playwright/test';
import { type Seeder, expect, test, uid } from './fixtures';
import { OpenApiConformance } from './openapi-conformance';

/** Routes that take the meeting filters, and their own extra parameters. */
const filteredRoutes = [
  '/api/meetings',
  '/api/facets',
  '/api/exports/meetings.csv',
  '/api/exports/meetings-long.csv',
  '/api/exports/meetings.json',
  '/api/exports/meetings.ics',
  '/api/exports/popolo.json',
  '/api/feeds/meetings.ics',
];

/** A bad query string and the parameter the 400 must name. */
const filterCases: Array<[query: string, param: string]> = [
  ['country=Kazakhstan', 'country'],
  ['heldIn=1', 'heldIn'],
  ['organization=abc', 'organization'],
  ['official=-3', 'official'],
  ['topic=1.5', 'topic'],
  ['event=x', 'event'],
  ['format=lunch', 'format'],
  ['status=done', 'status'],
  ['from=2023-13-01', 'from'],
  ['to=yesterday', 'to'],
  ['from=2024-02-01&to=2024-01-01', 'from'],
  ['sort=best', 'sort'],
  [`q=${'x'.repeat(501)}`, 'q'],
  ['countri=KZ', 'countri'],
];

const pagingCases: Array<[route: string, query: string, param: string]> = [
  ['/api/meetings', 'limit=0', 'limit'],
  ['/api/meetings', 'limit=201', 'limit'],
  ['/api/meetings', 'limit=ten', 'limit'],
  ['/api/meetings', 'page=0', 'page'],
  ['/api/meetings', 'page=2&cursor=abc', 'cursor'],
  ['/api/meetings', 'cursor=not-a-cursor', 'cursor'],
  ['/api/exports/meetings.csv', 'limit=10', 'limit'],
  ...['/api/officials', '/api/organizations', '/api/topics', '/api/events'].flatMap(
    (route): Array<[string, string, string]> => [
      [route, 'limit=abc', 'limit'],
      [route, 'limit=500', 'limit'],
      [route, 'cursor=%%%', 'cursor'],
      [route, 'cursor=WyJhIl0', 'cursor'],
      [route, 'colour=blue', 'colour'],
    ],
  ),
  ['/api/officials', 'date=13.03.2023', 'date'],
  ['/api/officials', 'q=umarov&limit=60', 'limit'],
  ['/api/organizations', 'q=mfa&cursor=WyJhIiwxXQ', 'cursor'],
  ['/api/topics', `q=${'t'.repeat(121)}`, 'q'],
  ['/api/meetings/abc', '', 'id'],
  ['/api/officials/0', '', 'id'],
  ['/api/organizations/1.5', '', 'id'],
  ['/api/topics/x', '', 'id'],
  ['/api/events/-1', '', 'id'],
];

const badRequests: Array<[url: string, param: string]> = [
  ...filteredRoutes.flatMap((route) =>
    filterCases.map(([query, param]): [string, string] => [`${route}?${query}`, param]),
  ),
  ...pagingCases.map(([route, query, param]): [string, string] => [
    query ? `${route}?${query}` : route,
    param,
  ]),
];

/** An official of their own and `dates.length` meetings with them, so a filter selects exactly those. */
async function meetingsOfOneOfficial(seed: Seeder, dates: string[]) {
  const suffix = uid();
  const mfa = await seed.organization({ name: `Foreign Ministry ${suffix}`, countryCode: 'KZ' });
  const displayName = `Aigerim Sadykova ${suffix}`;
  const { id: officialId } = await seed.official({
    displayName,
    countryCode: 'KZ',
    organizationId: mfa.id,
    title: 'Ambassador',
  });
  const official = { id: officialId, displayName };
  const guest = await seed.official({ displayName: `Lukas Brunner ${suffix}`, countryCode: 'AT' });
  const meetings = [];
  for (const [i, date] of dates.entries()) {
    const title = `Talks ${i}, "round ${i}"; ${suffix}`;
    const officialIds = i % 2 ? [official.id, guest.id] : [official.id];
    const { id } = await seed.meeting({ title, date, officialIds });
    meetings.push({ id, title, participants: officialIds.length });
  }
  return { official, guest, meetings, suffix };
}

async function listAll(request: APIRequestContext, query: string) {
  const res = await request.get(`/api/meetings?${query}&limit=200`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { total: number; items: Array<{ id: number; title: string }> };
}

test.describe('the public read API', () => {
  test('bad parameters get a 400 naming the parameter, on every list and export route', async ({
    request,
  }) => {
    const failures: string[] = [];
    for (const [url, param] of badRequests) {
      const res = await request.get(url);
      const body = (await res.json().catch(() => null)) as {
        fieldErrors?: Record<string, string>;
      } | null;
      const message = body?.fieldErrors?.[param];
      if (res.status() !== 400 || !message || !message.includes(param)) {
        failures.push(`${url}: ${res.status()} ${JSON.stringify(body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('responses conform to the OpenAPI document', async ({ request, seed }) => {
    const api = await OpenApiConformance.load(request);
    const { official, meetings } = await meetingsOfOneOfficial(seed, ['2023-03-13', '2023-04-02']);
    const body = await seed.organization({ name: `Parent body ${uid()}`, kind: 'international' });
    const first = meetings[0]?.id ?? 0;

    const checks: Array<[url: string, path: string]> = [
      [`/api/meetings?official=${official.id}`, '/api/meetings'],
      [`/api/meetings?official=${official.id}&limit=1`, '/api/meetings'],
      [
        `/api/meetings?q=${encodeURIComponent('Talks round')}&official=${official.id}`,
        '/api/meetings',
      ],
      [`/api/meetings/${first}`, '/api/meetings/{id}'],
      [`/api/facets?official=${official.id}`, '/api/facets'],
      ['/api/officials?limit=3', '/api/officials'],
      ['/api/officials?q=Sadykova&date=2024-01-01', '/api/officials'],
      [`/api/officials/${official.id}`, '/api/officials/{id}'],
      ['/api/organizations?limit=3', '/api/organizations'],
      ['/api/organizations?q=foreign', '/api/organizations'],
      [`/api/organizations/${body.id}`, '/api/organizations/{id}'],
      ['/api/topics?limit=3', '/api/topics'],
      ['/api/topics?q=cooperation', '/api/topics'],
      ['/api/events', '/api/events'],
      [`/api/exports/meetings.json?official=${official.id}`, '/api/exports/meetings.json'],
      [`/api/exports/popolo.json?official=${official.id}`, '/api/exports/popolo.json'],
      [`/api/exports/meetings.csv?official=${official.id}`, '/api/exports/meetings.csv'],
      [`/api/feeds/meetings.ics?official=${official.id}`, '/api/feeds/meetings.ics'],
      // Errors have their declared shapes too.
      ['/api/meetings?country=Kazakhstan', '/api/meetings'],
      ['/api/meetings/999999999', '/api/meetings/{id}'],
      ['/api/meetings/abc', '/api/meetings/{id}'],
      ['/api/officials/999999999', '/api/officials/{id}'],
      ['/api/organizations/999999999', '/api/organizations/{id}'],
      ['/api/topics/999999999', '/api/topics/{id}'],
      ['/api/events/999999999', '/api/events/{id}'],
      ['/api/events?cursor=zzz', '/api/events'],
      ['/api/facets?from=never', '/api/facets'],
    ];
    const topics = (await (await request.get('/api/topics?limit=1')).json()) as {
      topics: Array<{ id: number }>;
    };
    if (topics.topics[0]) checks.push([`/api/topics/${topics.topics[0].id}`, '/api/topics/{id}']);

    for (const [url, path] of checks) {
      await test.step(url, async () => api.expectConforms(await request.get(url), path));
    }

    // Writes too: a create, a version conflict, a delete.
    const created = await request.post('/api/meetings', {
      data: {
        title: `Conformance ${uid()}`,
        format: 'call',
        datePrecision: 'day',
        date: '2024-01-02',
        participants: [{ officialId: official.id }],
      },
    });
    await api.expectConforms(created, '/api/meetings', 'post');
    const { id } = (await created.json()) as { id: number };
    const stale = await request.put(`/api/meetings/${id}`, {
      data: {
        title: 'Stale',
        format: 'call',
        datePrecision: 'day',
        date: '2024-01-02',
        participants: [{ officialId: official.id }],
        version: 7,
      },
    });
    expect(stale.status()).toBe(409);
    await api.expectConforms(stale, '/api/meetings/{id}', 'put');
    await api.expectConforms(
      await request.delete(`/api/meetings/${id}`),
      '/api/meetings/{id}',
      'delete',
    );

    // Every documented path answers (no typo in the document).
    // A path whose GET needs query parameters gets an example of them.
    const examples: Record<string, string> = {
      '/api/timeline/tile': '?unit=month&start=2023-01-01&end=2023-12-31',
    };
    for (const path of api.readablePaths) {
      const res = await request.get(path.replace('{id}', '1') + (examples[path] ?? ''));
      // The accounts API is for admins: the editor these journeys run as gets its 403.
      const expected = path.startsWith('/api/admin/') ? 403 : 200;
      expect(res.status(), path).toBe(
        path.endsWith('{id}') && res.status() === 404 ? 404 : expected,
      );
    }
  });

  test('a cursor walks a filtered set with no gaps and no duplicates', async ({
    request,
    seed,
  }) => {
    // Ties on the date: the cursor must order by id within a day.
    const dates = [
      '2022-05-01',
      '2022-05-01',
      '2022-05-01',
      '2021-12-31',
      '2023-01-09',
      '2022-05-01',
      '2020-02-29',
    ];
    const { official, meetings } = await meetingsOfOneOfficial(seed, dates);
    for (const sort of ['date_desc', 'date_asc']) {
      const all = await listAll(request, `official=${official.id}&sort=${sort}`);
      expect(all.total).toBe(meetings.length);
      const walked: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `official=${official.id}&sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = (await (await request.get(`/api/meetings?${query}`)).json()) as {
          items: Array<{ id: number }>;
          nextCursor: string | null;
          total: number;
        };
        expect(page.total).toBe(meetings.length);
        walked.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(walked).toEqual(all.items.map((m) => m.id));
      expect(new Set(walked).size).toBe(meetings.length);
    }

    // The officials list: a keyset walk meets each of ours once, in sort-name order.
    const seen: Array<{ id: number; sortName: string }> = [];
    let cursor: string | null = null;
    for (let i = 0; i < 500; i++) {
      const query: string = `limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await (await request.get(`/api/officials?${query}`)).json()) as {
        officials: Array<{ id: number; sortName: string }>;
        nextCursor: string | null;
      };
      seen.push(...page.officials);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(new Set(seen.map((o) => o.id)).size).toBe(seen.length);
    expect(seen.filter((o) => o.id === official.id)).toHaveLength(1);
    const keys = seen.map((o) => [o.sortName, o.id] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });

  test('exports hold exactly the filtered list, in its order', async ({
    request,
    seed,
    playwright,
    baseURL,
  }) => {
    const { official, meetings } = await meetingsOfOneOfficial(seed, [
      '2023-03-13',
      '2024-01-20',
      '2022-07-07',
      '2023-11-30',
    ]);
    const filters = `official=${official.id}&from=2023-01-01`;
    const list = await listAll(request, filters);
    expect(list.total).toBe(3);
    const expected = list.items.map((m) => ({ id: String(m.id), title: m.title }));

    const csv = await request.get(`/api/exports/meetings.csv?${filters}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toMatch(
      /^attachment; filename="parley-meetings-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csvText = await csv.text();
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('\r\n');
    const rows = parse(csvText, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => ({ id: r.id, title: r.title }))).toEqual(expected);
    expect(rows[0]?.participants).toContain(official.displayName);

    const long = parse(
      await (await request.get(`/api/exports/meetings-long.csv?${filters}`)).text(),
      {
        bom: true,
        columns: true,
      },
    ) as Array<Record<string, string>>;
    const participants = new Map(meetings.map((m) => [String(m.id), m.participants]));
    const perMeeting = expected.flatMap((m) => Array(participants.get(m.id)).fill(m.id));
    expect(long.map((r) => r.meeting_id)).toEqual(perMeeting);

    const json = (await (
      await request.get(`/api/exports/meetings.json?${filters}`)
    ).json()) as Array<{ id: number; title: string }>;
    expect(json.map((m) => ({ id: String(m.id), title: m.title }))).toEqual(expected);

    const ics = await request.get(`/api/exports/meetings.ics?${filters}`);
    expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const icsText = (await ics.text()).replace(/\r\n /g, '');
    expect(icsText.match(/^BEGIN:VEVENT$/gm)).toHaveLength(3);
    expect(icsText.match(/^UID:meeting-\d+@parley$/gm)).toEqual(
      expected.map((m) => `UID:meeting-${m.id}@parley`),
    );

    // A calendar client subscribes without a session: its feed may be cached for a while; what
    // a signed-in user gets may hold restricted meetings, so it never goes to a shared cache.
    const anonymous = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const feed = await anonymous.get(`/api/feeds/meetings.ics?${filters}`);
    expect(feed.headers()['content-disposition']).toMatch(/^inline;/);
    expect(feed.headers()['cache-control']).toMatch(/max-age=\d+/);
    expect((await feed.text()).match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(3);
    await anonymous.dispose();
    const signedIn = await request.get(`/api/feeds/meetings.ics?${filters}`);
    expect(signedIn.headers()['cache-control']).toBe('private, no-store');

    const popolo = (await (await request.get(`/api/exports/popolo.json?${filters}`)).json()) as {
      events: Array<{ id: string }>;
      persons: Array<{ id: string }>;
    };
    expect(popolo.events.map((e) => e.id)).toEqual(expected.map((m) => `meeting/${m.id}`));
    expect(popolo.persons.map((p) => p.id)).toContain(`official/${official.id}`);

    // An empty selection is a header-only CSV, not an error.
    const none = await request.get(
      `/api/exports/meetings.csv?official=${official.id}&to=2000-01-01`,
    );
    expect(parse(await none.text(), { bom: true, columns: true })).toEqual([]);
  });
});
