import { expect, test, uid } from './fixtures';

// Makes its own officials and meetings in 1991, so that it passes on any database: every
// figure below is filtered to this test's official.

test('the filters apply to every figure, live in the URL, and each figure opens its meetings', async ({
  page,
  seed,
}) => {
  const suffix = uid();
  const host = await seed.official({ displayName: `Dana Abenova ${suffix}`, countryCode: 'KZ' });
  const guest = await seed.official({ displayName: `Lukas Brandt ${suffix}`, countryCode: 'DE' });
  for (const date of ['1991-03-05', '1991-03-20', '1991-06-11']) {
    await seed.meeting({
      title: `Talks ${date} ${suffix}`,
      officialIds: [host.id, guest.id],
      date,
    });
  }
  const year = '/?period=custom&from=1991-01-01&to=1991-12-31';

  // Added with the type-ahead, as a manager would.
  await page.goto(year);
  await page.getByLabel('Find an official').fill(`Abenova ${suffix}`);
  await page.getByRole('option', { name: new RegExp(`Dana Abenova ${suffix}`) }).click();
  await expect(page).toHaveURL(new RegExp(`official=${host.id}\\b`), { timeout: 30_000 });
  await expect(
    page.getByRole('link', { name: `Remove official Dana Abenova ${suffix}` }),
  ).toBeVisible();

  const held = page.getByRole('link', { name: /meetings held: list the meetings$/ });
  await expect(held).toHaveText('3');
  // Two officials took part; the filtered one is not a counterpart of herself.
  await expect(page.getByRole('link', { name: /^1 official: / })).toBeVisible();
  await expect(page.getByRole('link', { name: /^2 countries: / })).toBeVisible();
  await expect(page.getByRole('link', { name: '3 meetings with Germany' }).first()).toBeVisible();

  // The chart's table: March holds two of the three.
  await page.getByText('The numbers as a table').click();
  await page.getByRole('link', { name: '2 meetings, March 1991', exact: true }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('from') === '1991-03-01');
  const list = page.getByRole('main');
  await expect(list.getByText(/^2 meetings$/)).toBeVisible();
  await expect(list.getByRole('link', { name: `Talks 1991-03-05 ${suffix}` })).toBeVisible();
  await expect(list.getByRole('link', { name: `Talks 1991-03-20 ${suffix}` })).toBeVisible();

  // Every meeting has one open follow-up, due in 2030: listed on request, linked to its meeting.
  await page.goBack();
  await page.getByRole('link', { name: /^3 open follow-ups: list them$/ }).click();
  const followUps = page.getByRole('list', { name: 'Open follow-ups' });
  await expect(followUps.getByRole('listitem')).toHaveCount(3);
  await followUps.getByRole('link', { name: `Talks 1991-06-11 ${suffix}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Talks 1991-06-11 ${suffix}`);

  // Removing the filter keeps the period.
  await page.goBack();
  await page.getByRole('link', { name: `Remove official Dana Abenova ${suffix}` }).click();
  await expect(page).toHaveURL((url) => !url.searchParams.has('official'));
  await expect(page).toHaveURL(/period=custom&from=1991-01-01&to=1991-12-31/);
});
