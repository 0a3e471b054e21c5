import type { APIRequestContext } from '@playwright/test';
import { expect, pageAs, test, uid } from './fixtures';

/**
 * A restricted meeting, logged by an editor, through every read path a viewer or an anonymous
 * API client has: the list, totals and facets, text search, the record, exports and the
 * calendar feed, the meeting page and the profile of its only participant.
 */
test('a restricted meeting is invisible to viewers and anonymous readers', async ({
  browser,
  playwright,
  seed,
  request,
  baseURL,
}) => {
  const word = `zanzibar${uid()}`;
  const lone = await seed.official({ displayName: `Lone Envoy ${word}`, countryCode: 'MN' });
  const meeting = await seed.meeting({
    title: `Confidential talks ${word}`,
    officialIds: [lone.id],
    summary: `Sensitive ${word} wording`,
    classification: 'restricted',
  });
  const filters = `official=${lone.id}`;
  const reads = [
    `/api/meetings?${filters}`,
    `/api/meetings?q=${word}`,
    `/api/exports/meetings.csv?${filters}`,
    `/api/exports/meetings.json?${filters}`,
    `/api/feeds/meetings.ics?${filters}`,
  ];

  // The editor who logged it sees it everywhere.
  expect((await request.get(`/api/meetings/${meeting.id}`)).status()).toBe(200);
  for (const url of reads) {
    expect(await (await request.get(url)).text()).toContain(`Confidential talks ${word}`);
  }
  const count = async (client: APIRequestContext) => {
    const facets = await (await client.get(`/api/facets?${filters}`)).json();
    return facets.official.find((v: { value: string }) => v.value === String(lone.id)).count;
  };
  expect(await count(request)).toBe(1);

  const anonymous = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
  });
  const viewerPage = await pageAs(browser, 'viewer');
  for (const client of [anonymous, viewerPage.request]) {
    expect((await client.get(`/api/meetings/${meeting.id}`)).status()).toBe(404);
    const list = await (await client.get(`/api/meetings?${filters}`)).json();
    expect(list.total).toBe(0);
    expect((await (await client.get(`/api/meetings?q=${word}`)).json()).total).toBe(0);
    const facets = await (await client.get(`/api/facets?${filters}`)).json();
    expect(facets.official.find((v: { value: string }) => v.value === String(lone.id)).count).toBe(
      0,
    );
    for (const url of reads.slice(3)) {
      const body = await (await client.get(url)).text();
      expect(body).not.toContain(word);
    }
  }
  await anonymous.dispose();

  const page = await viewerPage.goto(`/meetings/${meeting.id}`);
  expect(page?.status()).toBe(404);
  await viewerPage.goto(`/officials/${lone.id}`);
  await expect(viewerPage.getByRole('heading', { level: 1 })).toHaveText(`Lone Envoy ${word}`);
  await expect(viewerPage.getByText(`Confidential talks ${word}`)).toHaveCount(0);
  await viewerPage.goto(`/meetings?q=${word}`);
  await expect(viewerPage.getByText('0 meetings')).toBeVisible();
  await viewerPage.context().close();
});
