import gold from '../db/demo/seed-article.gold.json' with { type: 'json' };
import { expect, test } from './fixtures';

// Runs against the server that started on an empty database and filled it with the demo data.
test('the seed article is there on first start, as the gold file says', async ({ page }) => {
  await page.goto('/meetings');
  await expect(page.getByText(/[\d,]+ meetings/).first()).toBeVisible();

  await page.goto('/events');
  // Exact: the event's meeting count links with a name that includes the event's.
  await page.getByRole('link', { name: gold.event.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(gold.event.name);
  const main = page.getByRole('main');
  for (const m of gold.meetings) {
    await expect(main.getByRole('link', { name: m.title, exact: true })).toBeVisible();
  }

  const schmid = gold.meetings.find((m) => m.title.includes('Schmid'))!;
  await main.getByRole('link', { name: schmid.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(schmid.title);
  const meeting = page.getByRole('main');
  await expect(meeting.getByText('between 13 and 17 March 2023')).toBeVisible();
  for (const p of schmid.participants) {
    await expect(meeting.getByRole('link', { name: p.name })).toBeVisible();
    await expect(meeting.getByText(p.title, { exact: true }).first()).toBeVisible();
  }
  for (const topic of schmid.topics) {
    await expect(meeting.getByRole('link', { name: topic })).toBeVisible();
  }
  await expect(meeting.getByRole('link', { name: gold.event.name })).toBeVisible();
});
