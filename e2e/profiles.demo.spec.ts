import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, tabTo, test } from './fixtures';

/**
 * Profiles on the demo data (read-only): the seed article's Kairat Umarov, the 66th CND session
 * and the organizations, countries and topics around them.
 */

const counterparts = [
  'Peter Launsky-Tieffenthal',
  'Ghada Fathi Waly',
  'Robert Floyd',
  'Helga Schmid',
];
const cnd = '66th session of the UN Commission on Narcotic Drugs (CND)';

/** The number a "N meetings" link or status shows. */
const countOf = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The research workbench's total, once it has counted. */
async function workbenchTotal(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^[\d,]+ meetings?$/ });
  await expect(status).toBeVisible();
  return countOf(await status.innerText());
}

test('from the Umarov–Schmid meeting to Kairat Umarov’s profile: title, counterparts, event', async ({
  page,
}) => {
  // A long journey: a search, three pages, a date range, and the keyboard through the graph.
  test.slow();
  await page.goto('/meetings?q=Schmid%20Umarov');
  await page.getByRole('link', { name: 'Umarov – Schmid (OSCE)' }).click();
  await page.waitForURL(/\/meetings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Umarov – Schmid (OSCE)');
  await page.getByRole('link', { name: 'Kairat Umarov', exact: true }).click();
  await page.waitForURL(/\/officials\/\d+$/);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kairat Umarov');
  await expect(page.getByText('First Deputy Foreign Minister,')).toBeVisible();

  // The week of the CND session: exactly the seed article's four counterparts and its event.
  const range = page.getByRole('form', { name: 'Date range' });
  await range.getByLabel('From').fill('2023-03-13');
  await range.getByLabel('To').fill('2023-03-17');
  await range.getByRole('button', { name: 'Show these dates' }).click();
  await expect(page).toHaveURL(/from=2023-03-13&to=2023-03-17/);

  const top = page.getByRole('list', { name: 'Officials Kairat Umarov met most' });
  await expect(top.getByRole('listitem')).toHaveCount(4);
  for (const name of counterparts) {
    await expect(top.getByRole('link', { name, exact: true })).toBeVisible();
    // The graph: each counterpart a focusable link named with the meetings together.
    await expect(page.getByRole('link', { name: `${name}, 1 meeting` })).toBeVisible();
  }
  const events = page.getByRole('list', { name: 'Events at which Kairat Umarov met' });
  await expect(events.getByRole('link', { name: cnd, exact: true })).toBeVisible();
  await expect(events.getByRole('link', { name: `5 meetings at ${cnd}` })).toBeVisible();

  // The graph is usable by keyboard: Tab reaches a counterpart and Enter opens the profile.
  const schmid = page.getByRole('link', { name: 'Helga Schmid, 1 meeting' });
  await tabTo(page, schmid, 150);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/officials\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helga Schmid');
});

test('counts on a profile open exactly the meetings they count', async ({ page }) => {
  await page.goto('/officials?q=Kairat%20Umarov');
  await page.getByRole('link', { name: 'Kairat Umarov', exact: true }).click();
  await page.waitForURL(/\/officials\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kairat Umarov');

  const meetings = page.getByRole('region', { name: 'Meetings', exact: true }).getByRole('link', {
    name: /^[\d,]+ meetings$/,
  });
  const total = countOf(await meetings.innerText());
  expect(total).toBeGreaterThan(5);
  await meetings.click();
  await page.waitForURL(/\/meetings\?official=/);
  expect(await workbenchTotal(page)).toBe(total);
  await page.goBack();

  const first = page
    .getByRole('list', { name: 'Officials Kairat Umarov met most' })
    .getByRole('listitem')
    .first();
  const name = await first.getByRole('link').first().innerText();
  const together = first.getByRole('link', { name: new RegExp(`with ${name}$`) });
  const count = countOf(await together.innerText());
  await together.click();
  await expect(page).toHaveURL(/all=official/);
  expect(await workbenchTotal(page)).toBe(count);
});

/** Opens one page of every type the profiles build, by following links as a reader would. */
const pageTypes: Array<{ name: string; open: (page: Page) => Promise<void>; heading: string }> = [
  {
    name: 'officials list',
    open: (p) => p.goto('/officials').then(() => {}),
    heading: 'Officials',
  },
  {
    name: 'official profile',
    open: async (p) => {
      await p.goto('/officials?q=Kairat%20Umarov');
      await p.getByRole('link', { name: 'Kairat Umarov', exact: true }).click();
      await p.waitForURL(/\/officials\/\d+$/);
    },
    heading: 'Kairat Umarov',
  },
  {
    name: 'organizations list',
    open: (p) => p.goto('/organizations').then(() => {}),
    heading: 'Organizations',
  },
  {
    name: 'organization profile',
    open: async (p) => {
      await p.goto('/organizations?q=UNODC');
      await p.getByRole('link', { name: 'United Nations Office on Drugs and Crime' }).click();
      await p.waitForURL(/\/organizations\/\d+$/);
    },
    heading: 'United Nations Office on Drugs and Crime (UNODC)',
  },
  {
    name: 'countries list',
    open: (p) => p.goto('/countries').then(() => {}),
    heading: 'Countries',
  },
  {
    name: 'country profile',
    open: (p) => p.goto('/countries/KZ').then(() => {}),
    heading: 'Kazakhstan',
  },
  {
    name: 'country profile, held there',
    open: (p) => p.goto('/countries/AT?view=held').then(() => {}),
    heading: 'Austria',
  },
  { name: 'topics list', open: (p) => p.goto('/topics').then(() => {}), heading: 'Topics' },
  {
    name: 'topic profile',
    open: async (p) => {
      await p.goto('/topics');
      await p.getByRole('link', { name: 'Security', exact: true }).click();
      await p.waitForURL(/\/topics\/security$/);
    },
    heading: 'Security',
  },
  { name: 'events list', open: (p) => p.goto('/events').then(() => {}), heading: 'Events' },
  {
    name: 'event profile',
    open: async (p) => {
      await p.goto('/events');
      await p.getByRole('link', { name: cnd, exact: true }).click();
      await p.waitForURL(/\/events\/\d+$/);
    },
    heading: cnd,
  },
];

for (const size of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`profiles at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const type of pageTypes) {
      test(`the ${type.name} has no axe violations`, async ({ page }) => {
        await type.open(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(type.heading);
        await expectNoAxeViolations(page);
      });
    }
  });
}
