import { expect, expectNoAxeViolations, pageAs, test, uid } from './fixtures';

test('an admin restores a deleted meeting and sees the restore in its History', async ({
  browser,
  seed,
  request,
}) => {
  const meeting = await seed.meetingWithTwoOfficials('Fisheries consultations');
  expect((await request.delete(`/api/meetings/${meeting.id}`)).status()).toBe(200);
  expect((await request.get(`/api/meetings/${meeting.id}`)).status()).toBe(404);

  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/deleted');
  await expect(admin.getByRole('heading', { name: 'Deleted records', level: 1 })).toBeVisible();
  const row = admin.getByRole('listitem').filter({ hasText: meeting.title });
  await expect(row).toContainText('by E2E editor');
  await expectNoAxeViolations(admin);
  await row.getByRole('button', { name: `Restore ${meeting.title}` }).click();

  await expect(admin).toHaveURL(`/meetings/${meeting.id}`);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(meeting.title);
  const history = admin.getByRole('region', { name: 'History' });
  const entries = history.getByRole('listitem');
  await expect(entries.nth(0)).toContainText('Restored by Administrator');
  await expect(entries.nth(1)).toContainText('Deleted by E2E editor');
  await expect(entries.nth(2)).toContainText('Created by E2E editor');
  expect((await request.get(`/api/meetings/${meeting.id}`)).status()).toBe(200);
  await admin.context().close();
});

test('an admin restores a deleted official from the same page', async ({
  browser,
  seed,
  request,
}) => {
  const name = `Omar ${uid()} Haddad`;
  const official = await seed.official({ displayName: name });
  expect((await request.delete(`/api/officials/${official.id}`)).status()).toBe(200);
  expect((await request.get(`/api/officials/${official.id}`)).status()).toBe(404);

  const admin = await pageAs(browser, 'admin');
  await admin.goto('/admin/deleted');
  const records = admin.getByRole('region', {
    name: 'Officials, organizations, topics and events',
  });
  const row = records.getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText('Official · deleted');
  await expectNoAxeViolations(admin);
  await row.getByRole('button', { name: `Restore ${name}` }).click();
  await expect(row).toHaveCount(0);
  expect((await request.get(`/api/officials/${official.id}`)).status()).toBe(200);
  await admin.goto(`/officials/${official.id}`);
  await expect(admin.getByRole('region', { name: 'History' })).toContainText(
    'Restored by Administrator',
  );
  await admin.context().close();
});

test('an admin adds a user, changes their role and disables them; the audit trail filters', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const admin = await pageAs(browser, 'admin');
  const email = `clerk-${uid()}@parley.test`;
  await admin.goto('/admin/users');
  await expectNoAxeViolations(admin);
  const form = admin.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Name').fill(`Clerk ${email}`);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Temporary password').fill('short');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.getByText('Use at least 10 characters.')).toBeVisible();
  await form.getByLabel('Temporary password').fill('a temporary password');
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.getByRole('status')).toContainText(`can now sign in as ${email}`);

  // The new viewer signs in.
  const signIn = async () => {
    const context = await playwright.request.newContext({
      baseURL,
      storageState: { cookies: [], origins: [] },
    });
    const response = await context.post('/api/auth/sign-in/email', {
      data: { email, password: 'a temporary password' },
    });
    return { context, status: response.status() };
  };
  const first = await signIn();
  expect(first.status).toBe(200);
  expect((await first.context.post('/api/topics', { data: { name: 'x' } })).status()).toBe(403);

  const row = admin.getByRole('listitem').filter({ hasText: email });
  await row.getByLabel(`Role of Clerk ${email}`).selectOption('editor');
  await expect(row.getByLabel(`Role of Clerk ${email}`)).toHaveValue('editor');
  // The role holds on the next request of the same session.
  await expect
    .poll(async () => (await first.context.post('/api/topics', { data: {} })).status())
    .toBe(400);

  await row.getByRole('button', { name: `Disable Clerk ${email}` }).click();
  await expect(row.getByText('Disabled')).toBeVisible();
  // Their session has ended, and they cannot sign in again.
  expect((await first.context.post('/api/topics', { data: {} })).status()).toBe(401);
  expect((await signIn()).status).toBe(403);
  await first.context.dispose();

  await admin.goto('/admin/audit?entity=user&action=update');
  await expectNoAxeViolations(admin);
  await expect(admin.getByRole('combobox', { name: 'Record' })).toHaveValue('user');
  const entries = admin.getByRole('listitem').filter({ hasText: 'by Administrator' });
  await expect(entries.first()).toContainText('Disabled');
  await expect(admin.getByRole('listitem').filter({ hasText: /^Created/ })).toHaveCount(0);
  await admin.context().close();
});
