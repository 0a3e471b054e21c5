import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { demoAccounts } from '@/db/demo/accounts';
import { enabledUsersByEmail, hasNoUsers } from '@/db/queries/users';
import { currentSession, safeNext } from '@/lib/server/auth/current';
import { env } from '@/lib/server/env';
import { DemoAccounts } from './_components/demo-accounts';
import { SignInForm } from './_components/sign-in-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The demo accounts to list: only in demo mode, and only those that exist and are enabled. */
async function shownDemoAccounts() {
  if (env.demoData === 'none') return [];
  const db = await getDb();
  const enabled = new Set(
    (
      await enabledUsersByEmail(
        db,
        demoAccounts.map((a) => a.email),
      )
    ).map((u) => u.email),
  );
  return demoAccounts.filter((a) => enabled.has(a.email));
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const query = await searchParams;
  const next = safeNext(typeof query.next === 'string' ? query.next : null);
  if ((await currentSession()).user) redirect(next);
  if (hasNoUsers(await getDb())) redirect('/setup');
  const demo = await shownDemoAccounts();
  return (
    <div className="mx-auto w-full max-w-md py-6 sm:py-12">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-950">Sign in to Parley</h1>
      <p className="mt-1 text-slate-700">
        {query.created === '1'
          ? 'Your administrator account is ready. Sign in with it.'
          : query.changed === '1'
            ? 'Your password is changed. Sign in with the new one.'
            : 'Use the account your administrator gave you.'}
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
        <SignInForm next={next} />
      </div>
      {demo.length ? <DemoAccounts accounts={demo} /> : null}
    </div>
  );
}
