import type { APIRequestContext } from '@playwright/test';
import { expect, expectNoAxeViolations, test, uid } from './fixtures';
import { OpenApiConformance } from './openapi-conformance';

/** Logs a held meeting between `officials` with a day, a month or a range for its date. */
async function logMeeting(
  request: APIRequestContext,
  input: {
    title: string;
    officials: number[];
    datePrecision: 'day' | 'month' | 'range';
    date: string;
    endDate?: string;
  },
) {
  const res = await request.post('/api/meetings', {
    data: {
      title: input.title,
      datePrecision: input.datePrecision,
      date: input.date,
      endDate: input.endDate ?? '',
      time: '',
      venue: '',
      city: 'Vienna',
      countryCode: 'AT',
      eventId: null,
      format: 'bilateral',
      status: 'held',
      classification: 'public',
      summary: '',
      outcomes: '',
      participants: input.officials.map((officialId, i) => ({
        officialId,
        organizationId: null,
        role: i === 0 ? 'host' : 'head',
        title: '',
      })),
      topics: [],
      sources: [],
      followUps: [],
    },
  });
  expect(res.ok(), await res.text()).toBeTruthy();
}

test('approximate dates are drawn over the days they may have been on, not as one day', async ({
  page,
  request,
  seed,
}) => {
  const s = uid();
  const kz = await seed.official({ displayName: `Aida ${s} Nurlanova`, countryCode: 'KZ' });
  const at = await seed.official({ displayName: `Jonas ${s} Keller`, countryCode: 'AT' });
  const tr = await seed.official({ displayName: `Selin ${s} Aydın`, countryCode: 'TR' });
  await logMeeting(request, {
    title: `Day talks ${s}`,
    officials: [kz.id, at.id],
    datePrecision: 'day',
    date: '2021-05-10',
  });
  await logMeeting(request, {
    title: `Month talks ${s}`,
    officials: [kz.id, tr.id],
    datePrecision: 'month',
    date: '2021-05',
  });
  await logMeeting(request, {
    title: `Range talks ${s}`,
    officials: [at.id, tr.id],
    datePrecision: 'range',
    date: '2021-05-12',
    endDate: '2021-05-20',
  });

  // The filters are those of /meetings: the text scopes the set to this test's meetings.
  await page.goto(`/timeline?q=${s}&start=2021-05-01&end=2021-05-31`);
  await expect(page.getByRole('heading', { name: '3 meetings by country' })).toBeVisible();
  const lane = page.getByRole('group', { name: 'Kazakhstan' });
  const day = lane.getByRole('button', { name: `Day talks ${s}, 10 May 2021` });
  const month = lane.getByRole('button', { name: `Month talks ${s}, May 2021` });
  await expect(day).toHaveAttribute('data-span', 'day');
  await expect(month).toHaveAttribute('data-span', 'month');
  const dayWidth = (await day.boundingBox())!.width;
  const monthWidth = (await month.boundingBox())!.width;
  expect(monthWidth / dayWidth).toBeGreaterThan(29);
  expect(monthWidth / dayWidth).toBeLessThan(33);
  const range = page
    .getByRole('group', { name: 'Austria' })
    .getByRole('button', { name: `Range talks ${s}, between 12 and 20 May 2021` });
  await expect(range).toHaveAttribute('data-span', 'range');
  expect((await range.boundingBox())!.width / dayWidth).toBeCloseTo(9, 0);
  await expectNoAxeViolations(page);

  // Another grouping keeps the filters and the period, in the URL.
  await page
    .getByRole('group', { name: 'Lanes by' })
    .getByText('Official', { exact: true })
    .click();
  await expect(page.getByRole('radio', { name: 'Official' })).toBeChecked();
  await expect(page).toHaveURL(/group=official/);
  await expect(page).toHaveURL(new RegExp(`q=${s}`));
  await expect(page).toHaveURL(/start=2021-05-01&end=2021-05-31/);
  const keller = page.getByRole('group', { name: `Jonas ${s} Keller` });
  await expect(keller.getByRole('button', { name: new RegExp(`^Range talks ${s}`) })).toBeVisible();

  // A lane's count opens the list of exactly those meetings.
  await keller.getByRole('link', { name: `2 meetings: Jonas ${s} Keller` }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings\\?official=${at.id}&q=${s}$`));
  await expect(page.getByRole('status').filter({ hasText: '2 meetings' })).toBeVisible();
});

test('says so when no meeting matches the filters', async ({ page }) => {
  await page.goto(`/timeline?q=nothing-${uid()}-at-all`);
  await expect(page.getByText('No meetings match these filters.')).toBeVisible();
});

test('the timeline API answers as its OpenAPI document says, and names bad parameters', async ({
  request,
  seed,
}) => {
  const api = await OpenApiConformance.load(request);
  const { officials, title } = await seed.meetingWithTwoOfficials('Timeline API check');
  const q = encodeURIComponent(title);
  const summary = await request.get(`/api/timeline?q=${q}&group=official`);
  await api.expectConforms(summary, '/api/timeline');
  const body = (await summary.json()) as { total: number; lanes: Array<{ key: string }> };
  expect(body.total).toBe(1);
  expect(body.lanes.map((l) => l.key).sort()).toEqual(officials.map((o) => String(o.id)).sort());

  const lanes = body.lanes.map((l) => l.key).join(',');
  const tile = await request.get(
    `/api/timeline/tile?q=${q}&group=official&unit=day&start=2024-05-01&end=2024-05-28&lanes=${lanes}`,
  );
  await api.expectConforms(tile, '/api/timeline/tile');
  const cells = (await tile.json()) as {
    lanes: Array<{ buckets: unknown[] }>;
    meetings: unknown[];
  };
  expect(cells.lanes.map((l) => l.buckets)).toEqual([
    [{ start: '2024-05-14', count: 1 }],
    [{ start: '2024-05-14', count: 1 }],
  ]);
  expect(cells.meetings).toHaveLength(1);

  for (const [url, param] of [
    ['/api/timeline?group=planet', 'group'],
    ['/api/timeline/tile?unit=hour&start=2024-05-01&end=2024-05-28', 'unit'],
    ['/api/timeline/tile?unit=day&start=2024-05-01&end=2026-05-28', 'end'],
    [
      '/api/timeline/tile?unit=day&start=2024-05-01&end=2024-05-28&group=official&lanes=KZ',
      'lanes',
    ],
  ] as const) {
    const res = await request.get(url);
    await api.expectConforms(res, url.split('?')[0]!);
    expect(res.status(), url).toBe(400);
    expect(
      ((await res.json()) as { fieldErrors: Record<string, string> }).fieldErrors[param],
    ).toContain(param);
  }
});
