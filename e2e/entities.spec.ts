import type { APIRequestContext, Page } from '@playwright/test';
import { authFile, expect, expectNoAxeViolations, tabTo, test, uid } from './fixtures';
import { OpenApiConformance } from './openapi-conformance';

/** A topic and an event, made through the API as a client would (the seeder has no helper). */
async function topicAndEvent(request: APIRequestContext, suffix: string) {
  const topic = await request.post('/api/topics', {
    data: { name: `Drug control ${suffix}`, parentId: null, description: '' },
  });
  const event = await request.post('/api/events', {
    data: {
      name: `66th CND session ${suffix}`,
      startDate: '2023-03-13',
      endDate: '2023-03-17',
      city: 'Vienna',
      countryCode: 'AT',
    },
  });
  expect(topic.status()).toBe(201);
  expect(event.status()).toBe(201);
  return {
    topic: (await topic.json()) as { id: number; slug: string },
    event: (await event.json()) as { id: number },
  };
}

/** The polite region under a name that lists possible duplicates. */
// Editors create and edit records; merging two of them is an admin's call (the role matrix in
// lib/auth checks both), and these journeys merge.
test.use({ storageState: authFile('blank', 'admin') });

const duplicateWarning = (page: Page) =>
  page.locator('[aria-live="polite"]').filter({ hasText: /Possible duplicate/ });

test.describe('duplicate officials', () => {
  test('creating “K. Umarov” warns about Kairat Umarov, by keyboard', async ({ page, seed }) => {
    const suffix = uid();
    const mfa = await seed.organization({ name: `MFA of Kazakhstan ${suffix}`, countryCode: 'KZ' });
    const kairat = await seed.official({
      displayName: `Kairat Umarov-${suffix}`,
      countryCode: 'KZ',
      organizationId: mfa.id,
      title: 'First Deputy Foreign Minister',
    });
    await seed.official({ displayName: `Kanat Umarbekov-${suffix}`, countryCode: 'KZ' });

    await page.goto('/officials/new');
    await expect(page.getByRole('heading', { name: 'New official', level: 1 })).toBeVisible();
    await tabTo(page, page.getByLabel('Name', { exact: true }));
    await page.keyboard.type(`K. Umarov-${suffix}`);

    const warning = duplicateWarning(page);
    await expect(warning).toContainText(`Kairat Umarov-${suffix}`);
    await expect(warning).toContainText('Initials match');
    await expect(warning).toContainText('First Deputy Foreign Minister');
    await expect(warning).not.toContainText(`Kanat Umarbekov-${suffix}`);
    // The sort name followed the name as it was typed.
    await expect(page.getByLabel('Sort name')).toHaveValue(`Umarov-${suffix}, K.`);

    const useIt = warning.getByRole('link', { name: `Use this one: Kairat Umarov-${suffix}` });
    await tabTo(page, useIt);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/officials/${kairat.id}$`));
  });

  test('a duplicate created anyway is merged, and its meetings move to the kept profile', async ({
    page,
    seed,
    request,
  }) => {
    const suffix = uid();
    const kept = await seed.official({ displayName: `Helga Schmid-${suffix}`, countryCode: 'DE' });
    const other = await seed.official({ displayName: `Jonas Keller ${suffix}`, countryCode: 'AT' });
    const before = await seed.meeting({
      title: `Schmid – Keller ${suffix}`,
      officialIds: [kept.id, other.id],
    });

    await page.goto('/officials/new');
    await page.getByLabel('Name', { exact: true }).fill(`H. Schmid-${suffix}`);
    await expect(duplicateWarning(page)).toContainText(`Helga Schmid-${suffix}`);
    await page.getByRole('button', { name: 'Create anyway' }).click();
    await expect(page).toHaveURL(/\/officials\/\d+$/);
    const duplicateId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(duplicateId).not.toBe(kept.id);
    const logged = await seed.meeting({
      title: `H. Schmid – Keller ${suffix}`,
      officialIds: [duplicateId, other.id],
      date: '2024-06-01',
    });

    // Kept first; the duplicate picked with the type-ahead.
    await page.goto(`/officials/merge?keep=${kept.id}`);
    const dropBox = page.getByRole('combobox', { name: 'Duplicate to merge into it' });
    await dropBox.fill(`Schmid-${suffix}`);
    await page.getByRole('option', { name: new RegExp(`^H\\. Schmid-${suffix}`) }).click();
    await expect(page).toHaveURL(new RegExp(`keep=${kept.id}&drop=${duplicateId}`));
    const keptCard = page.getByRole('region', { name: `Helga Schmid-${suffix}` });
    const dropCard = page.getByRole('region', { name: `H. Schmid-${suffix}` });
    await expect(keptCard).toContainText('Kept');
    await expect(keptCard.getByRole('link', { name: '1 meeting' })).toBeVisible();
    await expect(dropCard.getByRole('link', { name: '1 meeting' })).toHaveAttribute(
      'href',
      `/meetings?official=${duplicateId}`,
    );

    await page.getByRole('button', { name: `Merge into Helga Schmid-${suffix}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge these officials?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Merge officials' }).click();
    await expect(page).toHaveURL(new RegExp(`/officials/${kept.id}$`));

    await page.goto(`/meetings?official=${kept.id}`);
    for (const title of [`Schmid – Keller ${suffix}`, `H. Schmid – Keller ${suffix}`]) {
      await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    }
    const moved = await (await request.get(`/api/meetings/${logged.id}`)).json();
    expect(moved.participants.map((p: { officialId: number }) => p.officialId)).toEqual([
      kept.id,
      other.id,
    ]);
    expect((await request.get(`/api/meetings/${before.id}`)).status()).toBe(200);
    expect((await request.get(`/api/officials/${duplicateId}`)).status()).toBe(404);
    // The dropped name stays as another name of the kept official.
    await page.goto(`/officials/${kept.id}/edit`);
    await expect(page.getByLabel('Other name 1')).toHaveValue(`H. Schmid-${suffix}`);
  });
});

test.describe('editing records', () => {
  test('a refused save keeps what was typed; a concurrent save is a conflict', async ({
    page,
    seed,
    request,
  }) => {
    const suffix = uid();
    const official = await seed.official({ displayName: `Aida Nurlanova ${suffix}` });
    await page.goto(`/officials/${official.id}/edit`);
    const name = page.getByLabel('Name', { exact: true });
    await expect(name).toHaveValue(`Aida Nurlanova ${suffix}`);

    await name.fill('');
    await page.getByLabel('Wikidata id').fill('wikidata 12');
    await page.getByLabel('Notes').fill('Met at the CND session.');
    await page.getByRole('button', { name: 'Add position' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Ambassador');
    await page.getByLabel('Start').fill('2024-02-01');
    await page.getByLabel('End', { exact: true }).fill('2024-01-01');
    await page.getByRole('button', { name: 'Save official' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'fields need attention' });
    await expect(summary).toContainText('3 fields need attention');
    await expect(summary.getByRole('link')).toHaveText(['Name', 'Wikidata id', 'Position 1 end']);
    await expect(name).toBeFocused();
    await expect(page.getByText('Enter the official’s name.')).toBeVisible();
    await expect(page.getByText('The end cannot be before the start.')).toBeVisible();
    await expect(page.getByLabel('Notes')).toHaveValue('Met at the CND session.');
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Ambassador');

    await name.fill(`Aida Nurlanova ${suffix}`);
    await page.getByLabel('Wikidata id').fill('https://www.wikidata.org/wiki/Q42');
    await page.getByLabel('End', { exact: true }).fill('');
    // Someone else saves the official meanwhile.
    const other = await request.put(`/api/officials/${official.id}`, {
      data: { displayName: `Aida Nurlanova ${suffix}`, notes: 'Their notes', version: 1 },
    });
    expect(other.status()).toBe(200);
    await page.getByRole('button', { name: 'Save official' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Someone else saved' })).toBeVisible();
    await expect(page.getByLabel('Notes')).toHaveValue('Met at the CND session.');

    // Reloading asks before throwing away what was typed; this time the user agrees.
    page.once('dialog', (dialog) => dialog.accept());
    await page.reload();
    await expect(page.getByLabel('Notes')).toHaveValue('Their notes');
    await page.getByLabel('Notes').fill('Met at the CND session.');
    await page.getByRole('button', { name: 'Save official' }).click();
    await expect(page).toHaveURL(new RegExp(`/officials/${official.id}$`));
    const saved = await (await request.get(`/api/officials/${official.id}`)).json();
    expect(saved).toMatchObject({ notes: 'Met at the CND session.', version: 3 });
    // The profile's History has the creation and both saves, the last with its notes change.
    const history = page.getByRole('region', { name: 'History' });
    await expect(history).toContainText('Created by');
    await expect(history).toContainText('Edited by');
    await expect(history).toContainText('Met at the CND session.');
  });

  test('a renamed topic keeps its old address, which leads to the new one', async ({
    page,
    request,
  }) => {
    const suffix = uid();
    const { topic } = await topicAndEvent(request, suffix);
    const oldAddress = `/topics/${topic.slug}`;
    await page.goto(`${oldAddress}/edit`);
    await page.getByLabel('Name', { exact: true }).fill(`Counter-narcotics ${suffix}`);
    await expect(page.getByText('(the old address will lead here)')).toBeVisible();
    await page.getByRole('button', { name: 'Save topic' }).click();
    await expect(page).toHaveURL(new RegExp(`/topics/counter-narcotics-${suffix}$`));
    // A bookmark of the old address, with its query, opens the renamed topic's page.
    await page.goto(`${oldAddress}?from=2023-01-01`);
    await expect(page).toHaveURL(
      new RegExp(`/topics/counter-narcotics-${suffix}\\?from=2023-01-01$`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Counter-narcotics ${suffix}`);
    expect((await page.request.get('/topics/no-such-topic-ever')).status()).toBe(404);
  });

  test('an organization cannot be put under its own sub-organization', async ({ page, seed }) => {
    const suffix = uid();
    const un = await seed.organization({ name: `United Nations ${suffix}`, kind: 'international' });
    const unodc = await seed.organization({
      name: `UNODC office ${suffix}`,
      kind: 'international',
    });
    const put = await page.request.put(`/api/organizations/${unodc.id}`, {
      data: { name: `UNODC office ${suffix}`, kind: 'international', parentId: un.id, version: 1 },
    });
    expect(put.status()).toBe(200);
    const loop = await page.request.put(`/api/organizations/${un.id}`, {
      data: {
        name: `United Nations ${suffix}`,
        kind: 'international',
        parentId: unodc.id,
        version: 1,
      },
    });
    expect(loop.status()).toBe(400);
    expect((await loop.json()).fieldErrors.parentId).toMatch(/sits under/);

    // The form does not even offer it.
    await page.goto(`/organizations/${un.id}/edit`);
    await page.getByRole('combobox', { name: 'Part of' }).fill(`office ${suffix}`);
    await expect(page.getByText(`No organization matches “office ${suffix}”.`)).toBeVisible();
  });
});

test.describe('the entity write API', () => {
  test('answers as its OpenAPI document says', async ({ request, seed }) => {
    const api = await OpenApiConformance.load(request);
    const suffix = uid();
    const osce = await seed.organization({
      name: `Organization for Security and Co-operation in Europe ${suffix}`,
      acronym: `OSCE${suffix}`,
      kind: 'international',
    });
    const dupes = await request.get(`/api/organizations/duplicates?name=OSCE${suffix}`);
    await api.expectConforms(dupes, '/api/organizations/duplicates');
    expect((await dupes.json()).candidates).toMatchObject([
      { id: osce.id, reason: 'Same acronym' },
    ]);
    const people = await request.get(`/api/officials/duplicates?name=Nobody%20${suffix}`);
    await api.expectConforms(people, '/api/officials/duplicates');
    const badExclude = await request.get('/api/officials/duplicates?name=Umarov&exclude=abc');
    expect(badExclude.status()).toBe(400);
    expect((await badExclude.json()).fieldErrors).toHaveProperty('exclude');
    await api.expectConforms(badExclude, '/api/officials/duplicates');

    const { topic, event } = await topicAndEvent(request, suffix);
    const renamed = await request.put(`/api/topics/${topic.id}`, {
      data: { name: `Counter-narcotics ${suffix}`, version: 1 },
    });
    await api.expectConforms(renamed, '/api/topics/{id}', 'put');
    expect(await renamed.json()).toMatchObject({ slug: `counter-narcotics-${suffix}`, version: 2 });
    const stale = await request.put(`/api/events/${event.id}`, {
      data: { name: 'Stale', startDate: '2023-03-13', endDate: '2023-03-17', version: 7 },
    });
    expect(stale.status()).toBe(409);
    await api.expectConforms(stale, '/api/events/{id}', 'put');

    const a = await seed.official({ displayName: `Ghada Waly ${suffix}` });
    const b = await seed.official({ displayName: `G. Waly ${suffix}` });
    const merged = await request.post('/api/officials/merge', {
      data: { keepId: a.id, dropId: b.id, keepVersion: 1, dropVersion: 1 },
    });
    await api.expectConforms(merged, '/api/officials/merge', 'post');
    const again = await request.post('/api/officials/merge', {
      data: { keepId: a.id, dropId: b.id, keepVersion: 2, dropVersion: 2 },
    });
    expect(again.status()).toBe(404);
    const deleted = await request.delete(`/api/events/${event.id}`);
    await api.expectConforms(deleted, '/api/events/{id}', 'delete');
    expect((await request.get(`/api/events/${event.id}`)).status()).toBe(404);
  });
});

const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of widths) {
  test.describe(`axe on the entity forms at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the create, edit and merge pages have no violations', async ({ page, seed, request }) => {
      // Eleven pages, each scanned: more than the default minute on a cold server.
      test.slow();
      const suffix = uid();
      const mfa = await seed.organization({ name: `Axe Ministry ${suffix}`, countryCode: 'KZ' });
      const twin = await seed.organization({
        name: `Axe Ministry ${suffix} (2)`,
        countryCode: 'KZ',
      });
      const a = await seed.official({
        displayName: `Axel Tester ${suffix}`,
        countryCode: 'KZ',
        organizationId: mfa.id,
        title: 'Counsellor',
      });
      const b = await seed.official({ displayName: `A. Tester ${suffix}`, countryCode: 'KZ' });
      const { topic, event } = await topicAndEvent(request, suffix);
      const other = await request.post('/api/topics', {
        data: { name: `Drugs ${suffix}`, parentId: topic.id },
      });
      const otherTopic = (await other.json()) as { id: number };

      const pages: Array<[string, string]> = [
        ['/officials/new', 'New official'],
        [`/officials/${a.id}/edit`, 'Edit official'],
        [`/officials/merge?keep=${a.id}&drop=${b.id}`, 'Merge two officials'],
        ['/organizations/new', 'New organization'],
        [`/organizations/${mfa.id}/edit`, 'Edit organization'],
        [`/organizations/merge?keep=${mfa.id}&drop=${twin.id}`, 'Merge two organizations'],
        ['/topics/new', 'New topic'],
        [`/topics/${topic.slug}/edit`, 'Edit topic'],
        [`/topics/merge?keep=${topic.id}&drop=${otherTopic.id}`, 'Merge two topics'],
        ['/events/new', 'New event'],
        [`/events/${event.id}/edit`, 'Edit event'],
      ];
      for (const [path, heading] of pages) {
        await test.step(path, async () => {
          await page.goto(path);
          await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }

      await test.step('with a duplicate warning and the merge dialog open', async () => {
        await page.goto(`/officials/${a.id}/edit`);
        await expect(duplicateWarning(page)).toContainText(`A. Tester ${suffix}`);
        await expectNoAxeViolations(page);
        await page.goto(`/officials/merge?keep=${a.id}&drop=${b.id}`);
        await page.getByRole('button', { name: `Merge into Axel Tester ${suffix}` }).click();
        await expect(page.getByRole('dialog', { name: 'Merge these officials?' })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    });
  });
}
