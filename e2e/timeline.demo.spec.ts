import type { Page } from '@playwright/test';
import gold from '../db/demo/seed-article.gold.json' with { type: 'json' };
import { expect, expectNoAxeViolations, test } from './fixtures';

// Read-only journeys on the demo data: the seed article is Kazakhstan at the 66th CND session,
// 13–17 March 2023 — an opening statement on the 13th and four meetings "during the session".
const CND = '/timeline?start=2023-03-06&end=2023-03-26';
const opening = gold.meetings[0]!.title;
const sideline = gold.meetings.slice(1).map((m) => m.title);

/** Matches a name that starts with `text` (taken literally). */
const startingWith = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const ticks = (page: Page) =>
  page.getByRole('list', { name: 'Dates on the time axis' }).getByRole('listitem');
const timeline = (page: Page) => page.getByRole('region', { name: /^Timeline of [\d,]+ meetings/ });

test('grouped by country, Kazakhstan’s lane shows the CND session and its meetings as ranges', async ({
  page,
}) => {
  await page.goto(CND);
  await expect(page.getByRole('radio', { name: 'Country' })).toBeChecked();
  const kz = page.getByRole('group', { name: 'Kazakhstan' });
  const event = kz.getByRole('link', { name: `Event: ${gold.event.name}, 13–17 March 2023` });
  await expect(event).toBeVisible();
  const band = (await event.locator('..').boundingBox())!;

  const day = kz.getByRole('button', { name: `${opening}, 13 March 2023` });
  await expect(day).toHaveAttribute('data-span', 'day');
  const dayBox = (await day.boundingBox())!;
  for (const title of sideline) {
    const range = kz.getByRole('button', { name: `${title}, between 13 and 17 March 2023` });
    await expect(range).toHaveAttribute('data-span', 'range');
    const box = (await range.boundingBox())!;
    // Five days wide, not one: a range is drawn over all the days it may have been on…
    expect(box.width / dayBox.width).toBeGreaterThan(4.5);
    expect(box.width / dayBox.width).toBeLessThan(5.5);
    // …inside the event's band.
    expect(box.x).toBeGreaterThanOrEqual(band.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(band.x + band.width + 1);
    expect(box.y).toBeGreaterThan(band.y);
  }
});

test('a click on a meeting shows its card, with a link that opens it', async ({ page }) => {
  await page.goto(CND);
  const schmid = gold.meetings.find((m) => m.title.includes('Schmid'))!;
  const kz = page.getByRole('group', { name: 'Kazakhstan' });
  const trigger = kz.getByRole('button', { name: startingWith(schmid.title) });
  await trigger.click();
  const card = page.getByRole('dialog', { name: schmid.title });
  await expect(card).toBeVisible();
  await expect(card.getByText('between 13 and 17 March 2023')).toBeVisible();
  for (const p of schmid.participants) await expect(card.getByText(p.name)).toBeVisible();
  await expect(card.getByRole('link', { name: gold.event.name })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.keyboard.press('Enter');
  await card.getByRole('link', { name: 'Open meeting' }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(schmid.title);
});

test('zooms out and back in with the keyboard, from days to years and back', async ({ page }) => {
  await page.goto(CND);
  await expect(ticks(page).filter({ hasText: /^13 Mar$/ })).toBeVisible();
  await timeline(page).focus();
  await expect(page.getByText('Home and End go to the first and last meeting.')).toBeVisible();

  const labels = async () => (await ticks(page).allTextContents()).join(' ');
  for (const [key, shape] of [
    ['-', /^(\d{4}( |$))+$/],
    ['+', /^(\d{1,2} [A-Z][a-z]{2}( |$))+$/],
  ] as const) {
    let presses = 0;
    while (!shape.test(await labels()) && presses++ < 12) await page.keyboard.press(key);
    expect(await labels()).toMatch(shape);
  }
  // Months on the way: the axis went through "Mar 2023"-style labels.
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(
    ticks(page)
      .filter({ hasText: /^[A-Z][a-z]{2} \d{4}$/ })
      .first(),
  ).toBeVisible();
  // The view is kept in the URL, so a reload or a shared link opens it.
  await expect.poll(() => new URL(page.url()).searchParams.get('start')).not.toBe('2023-03-06');
});

test('a lane’s count opens exactly the meetings it counts', async ({ page }) => {
  await page.goto('/timeline');
  const kz = page.getByRole('group', { name: 'Kazakhstan' });
  const link = kz.getByRole('link', { name: /^[\d,]+ meetings: Kazakhstan$/ });
  const count = (await link.textContent())!.match(/^[\d,]+/)![0];
  await link.click();
  await expect(page).toHaveURL(/\/meetings\?country=KZ$/);
  await expect(page.getByRole('status').filter({ hasText: `${count} meetings` })).toBeVisible();
});

test('the list of what is in view links each cluster to its meetings', async ({ page }) => {
  await page.goto('/timeline');
  await page.getByText(/^What is in view, as a list/).click();
  const kz = page.getByRole('region', { name: 'Kazakhstan' });
  const cluster = kz.getByRole('link', { name: /^[\d,]+ meetings$/ }).first();
  const count = (await cluster.textContent())!.match(/^[\d,]+/)![0];
  await cluster.click();
  await expect(page).toHaveURL(/\/meetings\?country=KZ&from=\d{4}-\d\d-\d\d&to=/);
  await expect(page.getByRole('status').filter({ hasText: `${count} meetings` })).toBeVisible();
});

for (const width of [1280, 390]) {
  test(`is accessible at ${width} px, with a card open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(CND);
    await expect(page.getByRole('group', { name: 'Kazakhstan' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page
      .getByRole('group', { name: 'Kazakhstan' })
      .getByRole('button', { name: startingWith(sideline[0]!) })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByText(/^What is in view, as a list/).click();
    await expectNoAxeViolations(page);
  });
}
