import fs from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, type Seeder, tabTo, test, uid } from './fixtures';

/**
 * The meetings a researcher digs through: Kazakhstan and Austria, the OSCE (an international
 * organization, no country) and its Secretary General, and a Turkish minister whose name a
 * researcher types without its letters' marks. Names carry the test's suffix so that parallel
 * journeys never see each other's records; the OSCE filter scopes every list to this test's.
 * The suffix sits inside names and titles, so that other journeys' exact names ("Kairat Umarov",
 * "Umarov – Schmid (OSCE)") neither match these nor sort after them in a type-ahead.
 */
async function seedResearchSet(seed: Seeder, s: string) {
  const kzMfa = await seed.organization({
    name: `Ministry of Foreign Affairs of Kazakhstan ${s}`,
    countryCode: 'KZ',
  });
  const atMfa = await seed.organization({
    name: `Federal Ministry for European and International Affairs ${s}`,
    countryCode: 'AT',
  });
  const trMfa = await seed.organization({ name: `Dışişleri Bakanlığı ${s}`, countryCode: 'TR' });
  const osce = await seed.organization({
    name: `Organization for Security and Co-operation in Europe ${s}`,
    acronym: 'OSCE',
    kind: 'international',
  });
  const umarov = await seed.official({
    displayName: `Kairat ${s} Umarov`,
    countryCode: 'KZ',
    organizationId: kzMfa.id,
    title: 'First Deputy Minister of Foreign Affairs',
  });
  const keller = await seed.official({
    displayName: `Jonas ${s} Keller`,
    countryCode: 'AT',
    organizationId: atMfa.id,
    title: 'Ambassador',
  });
  const schmid = await seed.official({
    displayName: `Helga ${s} Schmid`,
    organizationId: osce.id,
    title: 'Secretary General',
  });
  const cavusoglu = await seed.official({
    displayName: `Mevlüt ${s} Çavuşoğlu`,
    countryCode: 'TR',
    organizationId: trMfa.id,
    title: 'Minister of Foreign Affairs',
  });
  const titles = {
    umarovSchmid: `Umarov – Schmid ${s} (OSCE)`,
    astana: `OSCE Programme Office review in Astana ${s}`,
    kellerSchmid: `Keller – Schmid ${s}`,
    umarovKeller: `Umarov – Keller ${s}`,
    umarovCavusoglu: `Umarov – Çavuşoğlu ${s}`,
  };
  const p = (official: { id: number }, org: { id: number }) => ({
    officialId: official.id,
    organizationId: org.id,
  });
  await seed.meetingWith({
    title: titles.umarovSchmid,
    date: '2023-03-14',
    participants: [p(umarov, kzMfa), p(schmid, osce)],
    summary: 'Cooperation in the OSCE area, border security and the Programme Office in Astana.',
  });
  await seed.meetingWith({
    title: titles.astana,
    date: '2023-06-02',
    city: 'Astana',
    countryCode: 'KZ',
    format: 'multilateral',
    participants: [p(schmid, osce), p(umarov, kzMfa)],
  });
  await seed.meetingWith({
    title: titles.kellerSchmid,
    date: '2023-04-20',
    participants: [p(keller, atMfa), p(schmid, osce)],
  });
  await seed.meetingWith({
    title: titles.umarovKeller,
    date: '2023-05-10',
    participants: [p(umarov, kzMfa), p(keller, atMfa)],
  });
  await seed.meetingWith({
    title: titles.umarovCavusoglu,
    date: '2023-02-01',
    city: 'Ankara',
    countryCode: 'TR',
    participants: [p(umarov, kzMfa), p(cavusoglu, trMfa)],
    summary: 'Transport corridors across the Caspian.',
  });
  return { osce, titles, people: { umarov, keller, schmid, cavusoglu } };
}

/** The titles of the meetings the results table shows, in order. */
function resultTitles(page: Page) {
  return page.getByRole('table', { name: /^Meetings, page/ }).getByRole('link');
}

/** Rows of a CSV file, as objects keyed by its header. */
async function readCsv(path: string): Promise<Record<string, string>[]> {
  return parse(await fs.readFile(path, 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
}

test('a researcher filters, shares the view, steps back, searches and exports', async ({
  page,
  context,
  seed,
}) => {
  const s = uid();
  const { osce, titles } = await seedResearchSet(seed, s);

  await page.goto('/meetings');
  await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();

  // Country: Kazakhstan, from the facet's top values.
  const countryGroup = page.getByRole('group', { name: 'Country' });
  await countryGroup.getByRole('checkbox', { name: /^Kazakhstan \d/ }).check();
  await expect(page).toHaveURL(/[?&]country=KZ(&|$)/);
  await expect(page.getByText('Country: Kazakhstan')).toBeVisible();

  // Organization: this test's OSCE, found with the type-ahead.
  const orgGroup = page.getByRole('group', { name: 'Organization' });
  await orgGroup.getByRole('button', { name: /more|search/i }).click();
  await orgGroup.getByLabel('Find an organization').fill(`Co-operation in Europe ${s}`);
  await page.getByRole('option', { name: new RegExp(`Europe ${s}`) }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]organization=${osce.id}(&|$)`));
  await expect(orgGroup.getByRole('checkbox', { name: new RegExp(`Europe ${s}`) })).toBeChecked();

  // Both KZ–OSCE meetings, newest first, and nothing else.
  await expect(resultTitles(page)).toHaveText([titles.astana, titles.umarovSchmid]);
  await expect(page.getByRole('status').filter({ hasText: 'meetings' })).toHaveText('2 meetings');
  const filteredUrl = page.url();

  // The link opens the same view, rendered on the server before any script runs.
  const html = await (await page.request.get(filteredUrl)).text();
  expect(html).toContain(titles.umarovSchmid);
  expect(html).toContain('2 meetings');
  const shared = await context.newPage();
  await shared.goto(filteredUrl);
  await expect(resultTitles(shared)).toHaveText([titles.astana, titles.umarovSchmid]);
  await expect(shared.getByText('Country: Kazakhstan')).toBeVisible();
  await expect(
    shared.getByText(
      `Organization: Organization for Security and Co-operation in Europe ${s} (OSCE)`,
    ),
  ).toBeVisible();
  await expect(
    shared.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Kazakhstan / }),
  ).toBeChecked();
  await shared.close();

  // Back returns to Kazakhstan alone: the OSCE filter goes, the Umarov–Keller meeting returns.
  await page.goBack();
  await expect(page).toHaveURL(/\/meetings\?country=KZ$/);
  await expect(page.getByRole('button', { name: /^Remove Organization/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: titles.umarovKeller })).toBeVisible();
  await expect(page.getByRole('link', { name: titles.kellerSchmid })).toHaveCount(0);

  // Forward again, and the export holds exactly the rows on screen.
  await page.goForward();
  await expect(page).toHaveURL(filteredUrl);
  await expect(resultTitles(page)).toHaveText([titles.astana, titles.umarovSchmid]);
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV', exact: true }).click();
  const download = await downloading;
  const rows = await readCsv(await download.path());
  expect(rows.map((r) => r.title)).toEqual(await resultTitles(page).allTextContents());
  await page.keyboard.press('Escape');

  // Free text without the marks finds the name with them, marked in the result.
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(page).toHaveURL(/\/meetings$/);
  await page.getByLabel('Search', { exact: true }).fill('cavusoglu');
  await expect(page).toHaveURL(/[?&]q=cavusoglu(&|$)/);
  const hit = page.getByRole('link', { name: titles.umarovCavusoglu });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('Çavuşoğlu');
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
});

test('a researcher narrows two officials to the meetings they both attended', async ({
  page,
  seed,
}) => {
  const s = uid();
  const { titles, people } = await seedResearchSet(seed, s);
  await page.goto(`/meetings?official=${people.umarov.id}&official=${people.schmid.id}`);
  // Either of them: all five meetings of this set.
  await expect(resultTitles(page)).toHaveText([
    titles.astana,
    titles.umarovKeller,
    titles.kellerSchmid,
    titles.umarovSchmid,
    titles.umarovCavusoglu,
  ]);

  const officials = page.getByRole('group', { name: 'Official' });
  await officials.getByLabel('Meetings with').selectOption('all');
  await expect(page).toHaveURL(/[?&]all=official(&|$)/);
  await expect(resultTitles(page)).toHaveText([titles.astana, titles.umarovSchmid]);
  await expect(page.getByText(`Official (all of): Kairat ${s} Umarov`)).toBeVisible();
  // Each facet count is what adding that official would leave: Keller was at neither meeting.
  await expect(officials.getByRole('checkbox', { name: new RegExp(`Keller`) })).toHaveCount(0);

  await page.goBack();
  await expect(resultTitles(page)).toHaveCount(5);
});

const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of widths) {
  test(`the workbench with filters active has no axe violations at ${size.name} width`, async ({
    page,
    seed,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const s = uid();
    const { osce, titles } = await seedResearchSet(seed, s);
    await page.goto(`/meetings?country=KZ&organization=${osce.id}&q=umarov&from=2023-01-01`);
    await expect(resultTitles(page)).toHaveCount(2);
    await expect(page.getByRole('link', { name: titles.umarovSchmid })).toBeVisible();

    if (size.width < 1024) {
      // On phones the filters fold into one disclosure that a keyboard opens.
      const toggle = page.getByRole('button', { name: 'Filters (4)' });
      await expect(page.getByRole('group', { name: 'Country' })).toBeHidden();
      await tabTo(page, toggle);
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('group', { name: 'Country' })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('button', { name: 'Copy feed link' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
