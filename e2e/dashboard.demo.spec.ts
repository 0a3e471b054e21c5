import gold from '../db/demo/seed-article.gold.json' with { type: 'json' };
import { expect, expectNoAxeViolations, test } from './fixtures';

// Runs on the demo data (read-only): the seed article's meetings were held in March 2023.

/** The /meetings list's total, as its header writes it: "5 meetings". */
const total = (n: number) => new RegExp(`^${n.toLocaleString('en')} meetings?$`);

/** A predicate for toHaveURL: /meetings with exactly these filters, in any order. */
const meetingsWith = (expected: Record<string, string>) => (url: URL) =>
  url.pathname === '/meetings' &&
  [...url.searchParams].length === Object.keys(expected).length &&
  Object.entries(expected).every(([k, v]) => url.searchParams.get(k) === v);

test('a manager picks 2023, clicks the bar for March and gets exactly its meetings', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.getByLabel('Period', { exact: true }).selectOption('2023');
  // With JavaScript the choice applies at once; "Apply" is what works without it.
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]period=2023\b/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Meetings held per month' })).toBeVisible();

  // The number above the bar is what the bar showed; clicking the bar there opens its meetings.
  const bar = page.locator('[data-period="2023-03"]');
  const shown = Number(await bar.textContent());
  expect(shown).toBeGreaterThanOrEqual(gold.meetings.length);
  await bar.click();

  await expect(page).toHaveURL(
    meetingsWith({ status: 'held', from: '2023-03-01', to: '2023-03-31' }),
  );
  const main = page.getByRole('main');
  await expect(main.getByText(total(shown))).toBeVisible();
  for (const m of gold.meetings) {
    await expect(main.getByRole('link', { name: m.title, exact: true })).toBeVisible();
  }
});

test('the chart’s table gives every bar and segment to the keyboard, with the same counts', async ({
  page,
}) => {
  await page.goto('/?period=2023');
  await page.getByText('The numbers as a table').click();
  const march = page.getByRole('link', { name: /^\d+ meetings?, March 2023$/ });
  const count = Number(await march.textContent());
  const bilateral = page.getByRole('link', { name: /^Bilateral: \d+ meetings?, March 2023$/ });
  const bilaterals = Number(await bilateral.textContent());
  expect(bilaterals).toBeGreaterThanOrEqual(4); // the seed article's four bilateral meetings
  expect(bilaterals).toBeLessThan(count);

  await bilateral.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    meetingsWith({ format: 'bilateral', status: 'held', from: '2023-03-01', to: '2023-03-31' }),
  );
  await expect(page.getByRole('main').getByText(total(bilaterals))).toBeVisible();
});

test('each key figure and map country opens the meetings it counts', async ({ page }) => {
  await page.goto('/?period=2023');
  const held = page.getByRole('link', { name: /meetings held: list the meetings$/ });
  const meetings = Number((await held.textContent())!.replace(/,/g, ''));
  await held.click();
  await expect(page).toHaveURL(
    meetingsWith({ status: 'held', from: '2023-01-01', to: '2023-12-31' }),
  );
  await expect(page.getByRole('main').getByText(total(meetings))).toBeVisible();

  await page.goBack();
  const kazakhstan = page.getByRole('link', { name: /^Kazakhstan: [\d,]+ meetings?$/ });
  const label = (await kazakhstan.getAttribute('aria-label'))!;
  const withKz = Number(label.replace(/\D/g, ''));
  await kazakhstan.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    meetingsWith({ country: 'KZ', status: 'held', from: '2023-01-01', to: '2023-12-31' }),
  );
  await expect(page.getByRole('main').getByText(total(withKz))).toBeVisible();
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the dashboard passes axe at ${viewport.width} px, its tables open`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Meetings held per month' })).toBeVisible();
    await page.getByText('The numbers as a table').click();
    await page.getByText(/^All \d+ countries as a list$/).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
