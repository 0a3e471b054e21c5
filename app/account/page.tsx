import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { currentSession, pageViewer } from '@/lib/server/auth/current';
import { roleLabels } from '@/lib/domain/viewer';
import { PasswordForm } from './_components/password-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Your account' };

/** Who you are signed in as, and your password. */
export default async function AccountPage() {
  await pageViewer();
  const { user } = await currentSession();
  if (!user) return null;
  return (
    <div className="max-w-xl">
      <PageHeader title="Your account" description={`${user.name} · ${user.email}`} />
      <p className="mb-6 text-slate-700">
        Role: <strong>{roleLabels[user.role]}</strong>. An administrator changes roles.
      </p>
      <PasswordForm />
    </div>
  );
}
