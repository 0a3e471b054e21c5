import { roleLabels } from '@/lib/domain/viewer';
import type { UserRole } from '@/lib/domain/vocabularies';

export interface DemoAccountsProps {
  accounts: ReadonlyArray<{ role: UserRole; email: string; password: string }>;
}

const canDo: Record<UserRole, string> = {
  admin: 'everything, plus users, the audit trail and restoring deleted meetings',
  editor: 'logs and edits meetings, officials and organizations; sees restricted meetings',
  viewer: 'reads and exports; never sees restricted meetings',
};

/** The demo accounts and their passwords: shown only in demo mode (the page decides). */
export function DemoAccounts({ accounts }: DemoAccountsProps) {
  return (
    <section
      aria-labelledby="demo-accounts"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm text-amber-950"
    >
      <h2 id="demo-accounts" className="font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1">
        This installation runs on demo data. Sign in with any of these to try each role:
      </p>
      <dl className="mt-3 space-y-3">
        {accounts.map((a) => (
          <div key={a.email}>
            <dt className="font-semibold">{roleLabels[a.role]}</dt>
            <dd>
              <span className="font-mono break-all">{a.email}</span> ·{' '}
              <span className="sr-only">password </span>
              <span className="font-mono">{a.password}</span>
            </dd>
            <dd className="text-amber-900">{canDo[a.role]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
