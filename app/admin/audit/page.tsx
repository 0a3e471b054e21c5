import type { Metadata } from 'next';
import Link from 'next/link';
import { AccessDenied } from '@/components/access-denied';
import { ChangeList } from '@/components/change-list';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { getDb } from '@/db';
import { auditEntityTypes, type HistoryEntry, searchAudit } from '@/db/queries/audit';
import { listUsers } from '@/db/queries/users';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import { actionLabels } from '@/lib/audit-format';
import { pageHref, parsePage } from '@/lib/page-params';
import { auditQueryString, parseAuditQuery } from '@/lib/validation/audit';
import { AuditFilters } from './_components/audit-filters';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Audit trail' };

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** Where a record of the trail lives, when it has a page. */
function recordHref(entry: HistoryEntry): string | null {
  if (entry.entityType === 'meeting') return `/meetings/${entry.entityId}`;
  if (entry.entityType === 'official') return `/officials/${entry.entityId}`;
  if (entry.entityType === 'organization') return `/organizations/${entry.entityId}`;
  return null;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const href = recordHref(entry);
  const record = `${entry.entityType} ${entry.entityId}`;
  return (
    <li className="px-4 py-3">
      <p className="text-sm text-slate-800">
        <span className="font-semibold">{actionLabels[entry.action] ?? entry.action}</span>{' '}
        {href ? (
          <Link href={href} className="link">
            {record}
          </Link>
        ) : (
          record
        )}{' '}
        by {entry.userName ?? 'Parley (system)'} ·{' '}
        <time dateTime={new Date(entry.at * 1000).toISOString()}>
          {when.format(new Date(entry.at * 1000))} UTC
        </time>
      </p>
      {entry.action === 'update' ? <ChangeList changes={entry.changes} /> : null}
    </li>
  );
}

/** Every recorded change, newest first, filtered by user, record kind, action and dates. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'admin')) return <AccessDenied need="admin" />;
  const params = await searchParams;
  const query = parseAuditQuery(params);
  const db = await getDb();
  const [result, users, entityTypes] = await Promise.all([
    searchAudit(
      db,
      {
        userId: query.user,
        entityType: query.entity,
        action: query.action,
        from: query.from,
        to: query.to,
      },
      { page: parsePage(params.page), pageSize: 50 },
    ),
    listUsers(db),
    auditEntityTypes(db),
  ]);
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Audit trail"
        description={`${result.total.toLocaleString('en')} ${result.total === 1 ? 'change' : 'changes'}${Object.keys(query).length ? ' matching the filters' : ''}, newest first. Times in UTC.`}
      />
      <AuditFilters query={query} users={users} entityTypes={entityTypes} />
      {result.entries.length ? (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {result.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      ) : (
        <EmptyState>No changes match these filters.</EmptyState>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        href={(page) => pageHref('/admin/audit', page, 'page', auditQueryString(query))}
        label="Audit trail pages"
      />
    </>
  );
}
