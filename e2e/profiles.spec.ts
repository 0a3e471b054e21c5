import { expect, test } from './fixtures';

test('find an official by name ignoring accents, and follow their counts', async ({
  page,
  seed,
}) => {
  const meeting = await seed.meetingWithTwoOfficials('Profile check');
  const [aida, jonas] = meeting.officials;
  const aidaName = `Aida Nurlanova ${meeting.suffix}`;
  const jonasName = `Jonas Keller ${meeting.suffix}`;
  const turkish = `Mevlüt Çavuşoğlu ${meeting.suffix}`;
  await seed.official({ displayName: turkish, countryCode: 'TR' });

  // The list's GET form: accents and case ignored, words in any order.
  await page.goto('/officials');
  const search = page.getByRole('search', { name: 'Find officials' });
  await search.getByLabel('Name or alias').fill(`${meeting.suffix} CAVUSOGLU`);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: turkish, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: aidaName, exact: true })).toHaveCount(0);

  // The three share the suffix; the country leaves the Kazakh one.
  await search.getByLabel('Name or alias').fill(meeting.suffix);
  await search.getByLabel('Country served').selectOption({ label: 'Kazakhstan' });
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/country=KZ/);
  await expect(page.getByRole('link', { name: aidaName, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: jonasName, exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: turkish, exact: true })).toHaveCount(0);

  // The count beside her name opens exactly her meetings.
  await page.getByRole('link', { name: `1 meeting of ${aidaName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings\\?official=${aida!.id}$`));
  await expect(page.getByRole('status').filter({ hasText: /meetings?$/ })).toHaveText('1 meeting');
  await expect(page.getByRole('link', { name: meeting.title })).toBeVisible();

  // Her profile: title, counterpart, and the "met together" count.
  await page.goto(`/officials/${aida!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(aidaName);
  await expect(page.getByText('Deputy Foreign Minister,')).toBeVisible();
  const top = page.getByRole('list', { name: `Officials ${aidaName} met most` });
  await expect(top.getByRole('link', { name: jonasName, exact: true })).toBeVisible();
  await top.getByRole('link', { name: `1 meeting with ${jonasName}` }).click();
  await expect(page).toHaveURL(/all=official/);
  const params = new URL(page.url()).searchParams;
  expect(params.getAll('official').sort()).toEqual([String(aida!.id), String(jonas!.id)].sort());
  await expect(page.getByRole('link', { name: meeting.title })).toBeVisible();
});
