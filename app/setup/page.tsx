import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { hasNoUsers } from '@/db/queries/users';
import { SetupForm } from './_components/setup-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Set up Parley' };

/** Open only while there is no account: creates the first administrator. */
export default async function SetupPage() {
  if (!hasNoUsers(await getDb())) redirect('/sign-in');
  return (
    <div className="mx-auto w-full max-w-md py-6 sm:py-12">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-950">Set up Parley</h1>
      <p className="mt-1 text-slate-700">
        Parley has no accounts yet. Create the first administrator; they can then add everyone else.
        This screen closes once the account exists.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6">
        <SetupForm />
      </div>
    </div>
  );
}
