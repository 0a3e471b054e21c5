import type { APIRequestContext } from '@playwright/test';
import { expect, pageAs, test } from './fixtures';

test('two people edit one meeting: the second save shows what changed and keeps the input', async ({
  page,
  browser,
  seed,
  request,
}) => {
  const meeting = await seed.meetingWithTwoOfficials('Water sharing talks');
  const other = await pageAs(browser, 'admin');

  // Both open the form at the same version.
  await page.goto(`/meetings/${meeting.id}/edit`);
  await other.goto(`/meetings/${meeting.id}/edit`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(meeting.title);
  await expect(other.getByLabel('Title', { exact: true })).toHaveValue(meeting.title);

  // The other person saves first.
  const theirTitle = `Water and energy talks ${meeting.suffix}`;
  await other.getByLabel('Title', { exact: true }).fill(theirTitle);
  await other.getByLabel('City').fill('Tashkent');
  await other.getByRole('button', { name: 'Save meeting' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(theirTitle);

  // This save conflicts: their changes are listed, and what was typed here is still here.
  const mine = 'Agreed on a joint commission for the Syr Darya.';
  await page.getByLabel('Summary').fill(mine);
  await page.getByRole('button', { name: 'Save meeting' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this meeting' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('(saved by Administrator)');
  await expect(conflict.getByRole('term').filter({ hasText: 'Title' })).toBeVisible();
  await expect(conflict.getByText(theirTitle)).toBeVisible();
  await expect(conflict.getByText('Tashkent')).toBeVisible();
  await expect(page.getByLabel('Summary')).toHaveValue(mine);

  // The API answers the same stale save with a 409 and the current version.
  const current = await (await request.get(`/api/meetings/${meeting.id}`)).json();
  const stale = await request.put(`/api/meetings/${meeting.id}`, {
    data: { ...(await staleBody(request, meeting.id)), version: meeting.version },
  });
  expect(stale.status()).toBe(409);
  const body = await stale.json();
  expect(body.details.currentVersion).toBe(current.version);
  expect(body.details.changedBy).toEqual(['Administrator']);

  // Keep mine: saved over theirs, with their version; History shows both saves.
  await conflict.getByRole('button', { name: 'Keep mine and save again' }).click();
  await expect(page).toHaveURL(`/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
  // In the summary, and in History's record of the change.
  await expect(page.getByText(mine)).toHaveCount(2);
  const history = page.getByRole('region', { name: 'History' });
  await expect(
    history.getByRole('listitem').filter({ hasText: /^Edited by E2E editor/ }),
  ).toHaveCount(1);
  await expect(
    history.getByRole('listitem').filter({ hasText: /^Edited by Administrator/ }),
  ).toHaveCount(1);
  await other.context().close();
});

/** The meeting as the PUT body wants it (the form's shape), from the public read API. */
async function staleBody(request: APIRequestContext, id: number) {
  const m = await (await request.get(`/api/meetings/${id}`)).json();
  return {
    title: m.title,
    datePrecision: m.datePrecision,
    date: m.startDate,
    endDate: '',
    time: '',
    venue: '',
    city: m.city ?? '',
    countryCode: m.countryCode ?? '',
    eventId: null,
    format: m.format,
    status: m.status,
    classification: m.classification,
    summary: 'A stale save',
    outcomes: '',
    participants: m.participants.map(
      (p: { officialId: number; organizationId: number | null }) => ({
        officialId: p.officialId,
        organizationId: p.organizationId,
        role: 'head',
        title: '',
      }),
    ),
    topics: [],
    sources: [],
    followUps: [],
  };
}
