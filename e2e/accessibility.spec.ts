import { expect, expectNoAxeViolations, test } from './fixtures';

const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

for (const size of widths) {
  test.describe(`axe at ${size.name} width`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the list, the form and the meeting page have no violations', async ({ page, seed }) => {
      const meeting = await seed.meetingWithTwoOfficials('Accessibility check');

      await page.goto('/meetings');
      await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: meeting.title })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto('/meetings/new');
      await expect(page.getByRole('heading', { name: 'Log a meeting' })).toBeVisible();
      await expectNoAxeViolations(page);

      await page.goto(`/meetings/${meeting.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
      await expectNoAxeViolations(page);

      await page.goto(`/meetings/${meeting.id}/edit`);
      await expect(page.getByLabel('Title', { exact: true })).toHaveValue(meeting.title);
      await expectNoAxeViolations(page);
    });
  });
}
