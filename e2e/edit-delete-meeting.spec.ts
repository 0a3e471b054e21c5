import { expect, test } from './fixtures';

test('edit a meeting, then delete it', async ({ page, seed }) => {
  const meeting = await seed.meetingWithTwoOfficials('Transit corridor talks');

  await page.goto(`/meetings/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
  await page.getByRole('link', { name: 'Edit meeting' }).click();
  await expect(page).toHaveURL(`/meetings/${meeting.id}/edit`);
  await expect(page.getByRole('heading', { name: 'Edit meeting' })).toBeVisible();

  // The form comes back with what was recorded.
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue(meeting.title);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-05-14');

  const newTitle = `Caspian transit talks ${meeting.suffix}`;
  await title.fill(newTitle);
  await page.getByLabel('Date precision').selectOption('month');
  await page.getByLabel('Date', { exact: true }).fill('2024-05');
  await page.getByRole('button', { name: 'Remove topic Regional cooperation' }).click();
  await page.getByRole('combobox', { name: 'Topics' }).fill('Transport');
  await page.getByRole('combobox', { name: 'Topics' }).press('Enter');
  await page.getByRole('button', { name: 'Save meeting' }).click();

  await expect(page).toHaveURL(`/meetings/${meeting.id}`);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);
  await expect(main.getByText('May 2024', { exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Transport' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Regional cooperation' })).toHaveCount(0);

  await page.goto('/meetings');
  await expect(page.getByRole('link', { name: newTitle })).toBeVisible();
  await expect(page.getByRole('link', { name: meeting.title, exact: true })).toHaveCount(0);

  // Delete asks first; keeping it changes nothing.
  await page.goto(`/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'Delete meeting' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this meeting?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle);

  await page.getByRole('button', { name: 'Delete meeting' }).click();
  await confirm.getByRole('button', { name: 'Delete meeting' }).click();
  await expect(page).toHaveURL('/meetings');
  await expect(page.getByRole('link', { name: newTitle })).toHaveCount(0);

  const response = await page.goto(`/meetings/${meeting.id}`);
  expect(response?.status()).toBe(404);
  expect((await page.request.get(`/api/meetings/${meeting.id}`)).status()).toBe(404);
});
