import { demoAccounts } from '../db/demo/accounts';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.use({ storageState: { cookies: [], origins: [] } });

test('the sign-in page lists the demo accounts and passes axe', async ({ page }) => {
  await page.goto('/meetings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmeetings$/);
  const demo = page.getByRole('region', { name: 'Demo accounts' });
  for (const account of demoAccounts) {
    await expect(demo.getByText(account.email)).toBeVisible();
    await expect(demo.getByText(account.password, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

for (const account of demoAccounts) {
  test(`signs in as the demo ${account.role}`, async ({ page }) => {
    await page.goto('/meetings?format=bilateral');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where they were going, as themselves.
    await expect(page).toHaveURL('/meetings?format=bilateral');
    await expect(page.getByRole('heading', { name: 'Meetings', level: 1 })).toBeVisible();
    const menu = page.locator('summary', { hasText: account.name });
    await menu.click();
    await expect(
      page.getByText(`Role: ${account.role[0]!.toUpperCase()}${account.role.slice(1)}`),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(
      account.role === 'admin' ? 1 : 0,
    );
    await expect(page.getByRole('link', { name: 'Log a meeting' })).toHaveCount(
      account.role === 'viewer' ? 0 : 1,
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL('/sign-in');
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
  });
}
