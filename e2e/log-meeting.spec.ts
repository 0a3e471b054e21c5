import { expect, expectNoAxeViolations, tabTo, test } from './fixtures';

test.describe('logging a meeting', () => {
  test('logs the Umarov–Schmid meeting with the keyboard alone, creating Schmid and the OSCE inline', async ({
    page,
    seed,
  }) => {
    const mfa = await seed.organization({
      name: 'Ministry of Foreign Affairs of Kazakhstan',
      countryCode: 'KZ',
    });
    await seed.official({
      displayName: 'Kairat Umarov',
      countryCode: 'KZ',
      organizationId: mfa.id,
      title: 'First Deputy Foreign Minister',
      positionStart: '2022-01-01',
    });

    await page.goto('/meetings/new');
    await expect(page.getByRole('heading', { name: 'Log a meeting' })).toBeVisible();
    const kb = page.keyboard;

    await tabTo(page, page.getByLabel('Title', { exact: true }));
    await kb.type('Umarov – Schmid (OSCE)');
    await tabTo(page, page.getByLabel('Date precision'));
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    await expect(page.getByLabel('Date precision')).toHaveValue('range');
    await tabTo(page, page.getByLabel('Date', { exact: true }));
    await kb.type('03132023');
    await tabTo(page, page.getByLabel('End date'));
    await kb.type('03172023');
    await tabTo(page, page.getByLabel('City'));
    await kb.type('Vienna');

    const country = page.getByRole('combobox', { name: 'Country' });
    await tabTo(page, country);
    await kb.type('Aus');
    const countryList = page.locator(`[id="${await country.getAttribute('aria-controls')}"]`);
    await expect(countryList.getByRole('option')).toHaveText(['Australia', 'Austria']);
    await kb.press('ArrowDown');
    await kb.press('ArrowDown');
    await kb.press('Enter');
    await expect(country).toHaveValue('Austria');

    const participants = page.getByRole('combobox', { name: 'Participants' });
    await tabTo(page, participants);
    await kb.type('Umarov');
    await expect(
      page.getByRole('option', {
        name: /^Kairat Umarov — First Deputy Foreign Minister, Ministry of Foreign Affairs of Kazakhstan, Kazakhstan/,
      }),
    ).toBeVisible();
    await kb.press('ArrowDown');
    await kb.press('Enter');
    const umarovRow = page.getByRole('group', { name: /^Kairat Umarov/ });
    await expect(umarovRow.getByLabel('Title at the time')).toHaveValue(
      'First Deputy Foreign Minister',
    );

    // Helga Schmid does not exist yet: create her, and the OSCE, without leaving the form.
    await expect(participants).toBeFocused();
    await kb.type('Helga Schmid');
    await expect(page.getByRole('option', { name: 'New official' })).toBeVisible();
    await kb.press('ArrowUp');
    await kb.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New official' });
    await expect(dialog.getByLabel('Name')).toHaveValue('Helga Schmid');
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await tabTo(page, dialog.getByRole('combobox', { name: 'Organization' }));
    await kb.type('OSCE');
    await expect(dialog.getByRole('option', { name: 'New organization' })).toBeVisible();
    await kb.press('ArrowUp');
    await kb.press('Enter');
    const orgName = dialog.getByLabel('Organization name');
    await tabTo(page, orgName);
    await kb.press('ControlOrMeta+a');
    await kb.type('Organization for Security and Co-operation in Europe');
    await tabTo(page, dialog.getByLabel('Acronym'));
    await kb.type('OSCE');
    await expect(dialog.getByLabel('Kind')).toHaveValue('international');
    await tabTo(page, dialog.getByLabel('Title', { exact: true }));
    await kb.type('Secretary General');
    await kb.press('Enter');
    await expect(dialog).toBeHidden();
    const schmidRow = page.getByRole('group', { name: /^Helga Schmid/ });
    await expect(schmidRow.getByLabel('Title at the time')).toHaveValue('Secretary General');
    await expect(participants).toBeFocused();

    const topics = page.getByRole('combobox', { name: 'Topics' });
    await tabTo(page, topics);
    for (const topic of ['Kazakhstan–OSCE cooperation', 'Election observation']) {
      await kb.type(topic);
      await expect(page.getByRole('option', { name: `Create topic “${topic}”` })).toBeVisible();
      await kb.press('Enter');
    }
    await expect(
      page.getByRole('list', { name: 'Chosen topics' }).getByRole('listitem'),
    ).toHaveCount(2);

    await tabTo(page, page.getByLabel('Summary'));
    await kb.type('The current state and prospects of Kazakhstan’s cooperation with the OSCE.');
    await tabTo(page, page.getByRole('button', { name: 'Add follow-up' }));
    await kb.press('Enter');
    await tabTo(page, page.getByLabel('Description'));
    await kb.type('Schmid invited to the Astana International Forum in June 2023');

    await tabTo(page, page.getByRole('button', { name: 'Save meeting' }));
    await kb.press('Enter');

    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    const meetingUrl = page.url();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Umarov – Schmid (OSCE)');
    const main = page.getByRole('main');
    await expect(main.getByText('between 13 and 17 March 2023')).toBeVisible();
    await expect(main.getByRole('link', { name: 'Kairat Umarov' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Helga Schmid' })).toBeVisible();
    await expect(main.getByText('Secretary General').first()).toBeVisible();
    await expect(
      main.getByText('Organization for Security and Co-operation in Europe').first(),
    ).toBeVisible();
    await expect(main.getByRole('link', { name: 'Election observation' })).toBeVisible();
    await expect(
      main.getByText('Schmid invited to the Astana International Forum in June 2023'),
    ).toBeVisible();

    await page.goto('/meetings');
    const link = page.getByRole('link', { name: 'Umarov – Schmid (OSCE)' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(meetingUrl);
  });

  test('a validation error keeps everything that was typed', async ({ page, seed }) => {
    const { officials, suffix } = await seed.meetingWithTwoOfficials('Seeded');
    const name = `Aida Nurlanova ${suffix}`;
    expect(officials).toHaveLength(2);

    await page.goto('/meetings/new');
    await page.getByLabel('Date precision').selectOption('range');
    await page.getByLabel('Date', { exact: true }).fill('2024-06-20');
    await page.getByLabel('End date').fill('2024-06-18');
    await page.getByLabel('Venue').fill('Akorda Palace');
    await page.getByLabel('City').fill('Astana');
    await page.getByRole('combobox', { name: 'Participants' }).fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    await page.getByLabel('Summary').fill('Talks on transit corridors.');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByLabel('URL').fill('not a url');
    await page.getByLabel('Source title').fill('Press release');

    await page.getByRole('button', { name: 'Save meeting' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'need attention' });
    await expect(summary).toBeVisible();
    await expect(page.getByText('Enter a title.')).toBeVisible();
    await expect(page.getByText('The end date cannot be before the start date.')).toBeVisible();
    await expect(
      page.getByText('Enter a full URL, starting with http:// or https://.'),
    ).toBeVisible();
    await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
    await expect(page).toHaveURL(/\/meetings\/new$/);

    await expect(page.getByLabel('Date precision')).toHaveValue('range');
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2024-06-20');
    await expect(page.getByLabel('End date')).toHaveValue('2024-06-18');
    await expect(page.getByLabel('Venue')).toHaveValue('Akorda Palace');
    await expect(page.getByLabel('City')).toHaveValue('Astana');
    await expect(page.getByRole('group', { name: new RegExp(`^${name}`) })).toBeVisible();
    await expect(page.getByLabel('Summary')).toHaveValue('Talks on transit corridors.');
    await expect(page.getByLabel('URL')).toHaveValue('not a url');
    await expect(page.getByLabel('Source title')).toHaveValue('Press release');
    await expectNoAxeViolations(page);

    // Fixing the fields saves the meeting with what was typed before.
    await page.getByLabel('Title', { exact: true }).fill(`Transit talks ${suffix}`);
    await page.getByLabel('End date').fill('2024-06-21');
    await page.getByLabel('URL').fill('https://example.org/transit');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole('main').getByText('between 20 and 21 June 2024')).toBeVisible();
    await expect(page.getByRole('main').getByText('Akorda Palace')).toBeVisible();
  });
});
