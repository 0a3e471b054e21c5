'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import { type UserRole, userRoles } from '@/lib/domain/vocabularies';
import { roleLabels } from '@/lib/domain/viewer';
import { changeUserRoleAction, setUserDisabledAction } from '../actions';

export interface UsersTableRow {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  disabled: boolean;
  /** Unix seconds of the last sign-in, or null. */
  lastSignIn: number | null;
}

export interface UsersTableProps {
  users: UsersTableRow[];
  currentUserId: number | null;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** One account: its role (changed on selection) and its Disable/Enable button. */
function UserRow({ user, isYou }: { user: UsersTableRow; isYou: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<{ ok: boolean; error?: string }>) => {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) setError(result.error ?? 'Not saved.');
    router.refresh();
  };
  const roleId = `role-${user.id}`;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
      <div className="min-w-48 flex-1">
        <p className="font-medium text-slate-900">
          {user.name}
          {isYou ? <span className="text-slate-600"> (you)</span> : null}
          {user.disabled ? (
            <span className="ml-2 rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold text-slate-800">
              Disabled
            </span>
          ) : null}
        </p>
        <p className="text-sm break-all text-slate-700">{user.email}</p>
        <p className="text-xs text-slate-600">
          {user.lastSignIn
            ? `Last signed in ${dateFormat.format(new Date(user.lastSignIn * 1000))}`
            : 'Never signed in'}
        </p>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={roleId} className="text-sm text-slate-700">
          Role
        </label>
        <select
          id={roleId}
          value={user.role}
          disabled={busy}
          aria-label={`Role of ${user.name}`}
          className={controlClasses(false, 'w-auto')}
          onChange={(e) =>
            void run(() => changeUserRoleAction({ userId: user.id, role: e.target.value }))
          }
        >
          {userRoles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() =>
            void run(() => setUserDisabledAction({ userId: user.id, disabled: !user.disabled }))
          }
        >
          {user.disabled ? 'Enable' : 'Disable'}
          <span className="sr-only"> {user.name}</span>
        </Button>
      </div>
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** Every account, with its role and state. */
export function UsersTable({ users, currentUserId }: UsersTableProps) {
  return (
    <section aria-labelledby="accounts">
      <h2 id="accounts" className="mb-3 text-lg font-semibold text-slate-900">
        {users.length} {users.length === 1 ? 'account' : 'accounts'}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {users.map((u) => (
          <UserRow key={u.id} user={u} isYou={u.id === currentUserId} />
        ))}
      </ul>
    </section>
  );
}
