import { expect, expectNoAxeViolations, pageAs, test } from './fixtures';

test.describe('signing in', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('every page needs a session; a wrong password is refused with a message', async ({
    page,
  }) => {
    for (const path of ['/', '/meetings', '/timeline', '/officials', '/admin/users']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
    }
    await page.getByLabel('Email').fill('e2e-editor@parley.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(
      'That email and password do not match an account.',
    );
    await expect(page.getByLabel('Password')).toHaveValue('not the password');
  });

  test('writes without a session are 401, and cross-site writes are refused', async ({
    request,
  }) => {
    const anonymous = await request.post('/api/topics', { data: { name: 'Anything' } });
    expect(anonymous.status()).toBe(401);
    const deleted = await request.delete('/api/meetings/1');
    expect(deleted.status()).toBe(401);
  });
});

test('a viewer reads but cannot write; an editor writes from Parley only', async ({
  browser,
  request,
}) => {
  const viewer = await pageAs(browser, 'viewer');
  const refused = await viewer.request.post('/api/topics', { data: { name: 'Viewer topic' } });
  expect(refused.status()).toBe(403);
  await viewer.goto('/meetings/new');
  await expect(viewer.getByRole('heading', { name: 'Not available to you' })).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Log a meeting' })).toHaveCount(0);
  // Their own account is theirs to change: a wrong current password is refused in place.
  await viewer.goto('/account');
  await expect(viewer.getByRole('main').getByText('Role: Viewer')).toBeVisible();
  await expectNoAxeViolations(viewer);
  await viewer.getByLabel('Current password').fill('not it');
  await viewer.getByLabel('New password', { exact: true }).fill('a brand new password');
  await viewer.getByLabel('New password again').fill('a brand new password');
  await viewer.getByRole('button', { name: 'Change password' }).click();
  await expect(viewer.getByText('That is not your current password.')).toBeVisible();
  await viewer.context().close();

  const crossSite = await request.post('/api/topics', {
    data: { name: 'Forged' },
    headers: { Origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  const form = await request.post('/api/topics', {
    data: 'name=Forged',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  expect(form.status()).toBe(415);
});

test('pages carry a nonce-based CSP that the app satisfies, and the security headers', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto('/meetings');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  // The app works under it: the workbench's client code ran and filtered.
  await page.getByRole('searchbox', { name: 'Search' }).fill('talks');
  await expect(page).toHaveURL(/q=talks/);
  await page.goto('/');
  expect(violations).toEqual([]);
});

test('a viewer gets "Not available to you" on every page that creates a record', async ({
  browser,
}) => {
  const viewer = await pageAs(browser, 'viewer');
  for (const path of ['/officials/new', '/organizations/new', '/topics/new', '/events/new']) {
    await viewer.goto(path);
    await expect(viewer.getByRole('heading', { name: 'Not available to you' })).toBeVisible();
    await expect(viewer.getByRole('button', { name: /save|create|add/i })).toHaveCount(0);
  }
});
