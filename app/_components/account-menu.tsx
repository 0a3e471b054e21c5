import Link from 'next/link';
import { roleLabels, type SignedInUser } from '@/lib/domain/viewer';
import { SignOutButton } from './sign-out-button';

export interface AccountMenuProps {
  user: SignedInUser;
}

const itemClasses =
  'block rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700';

/** Who is signed in, with what role; the admin screens for admins; sign out. A native disclosure. */
export function AccountMenu({ user }: AccountMenuProps) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="grid size-7 place-items-center rounded-full bg-slate-200 text-xs font-semibold text-slate-800"
        >
          {user.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="sr-only sm:not-sr-only sm:max-w-40 sm:truncate">{user.name}</span>
        <span className="sr-only">, {roleLabels[user.role]}: account menu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
        <p className="px-3 pt-1 pb-2 text-sm">
          <span className="block truncate font-medium text-slate-900">{user.email}</span>
          <span className="text-slate-600">Role: {roleLabels[user.role]}</span>
        </p>
        <ul className="border-t border-slate-200 pt-1">
          <li>
            <Link href="/account" className={itemClasses}>
              Your account
            </Link>
          </li>
        </ul>
        {user.role === 'admin' ? (
          <ul className="border-t border-slate-200 pt-1">
            <li>
              <Link href="/admin/users" className={itemClasses}>
                Users
              </Link>
            </li>
            <li>
              <Link href="/admin/audit" className={itemClasses}>
                Audit trail
              </Link>
            </li>
            <li>
              <Link href="/admin/deleted" className={itemClasses}>
                Deleted records
              </Link>
            </li>
          </ul>
        ) : null}
        <div className="mt-1 border-t border-slate-200 pt-1">
          <SignOutButton />
        </div>
      </div>
    </details>
  );
}
