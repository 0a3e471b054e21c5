import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { PageHeader } from '@/components/page-header';
import { getDb } from '@/db';
import { listUsers } from '@/db/queries/users';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import { CreateUserForm } from './_components/create-user-form';
import { UsersTable } from './_components/users-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Users' };

/** Accounts: create one with a temporary password, change roles, disable and enable. */
export default async function UsersPage() {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'admin')) return <AccessDenied need="admin" />;
  const users = await listUsers(await getDb());
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Users"
        description="Viewers read; editors log and edit meetings and records and see restricted meetings; admins also manage users, the audit trail and deleted records."
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <UsersTable
          currentUserId={viewer.userId}
          users={users.map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role,
            disabled: u.disabledAt !== null,
            lastSignIn: u.lastSignIn,
          }))}
        />
        <CreateUserForm />
      </div>
    </>
  );
}
