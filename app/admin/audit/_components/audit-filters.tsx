import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';
import { auditActions } from '@/lib/domain/vocabularies';
import { actionLabels } from '@/lib/audit-format';
import type { AuditQuery } from '@/lib/validation/audit';

export interface AuditFiltersProps {
  query: AuditQuery;
  users: Array<{ id: number; name: string }>;
  entityTypes: string[];
}

const label = 'mb-1 block text-sm font-medium text-slate-800';

/** The filters as a plain GET form: the URL holds them, so a filtered trail can be shared. */
export function AuditFilters({ query, users, entityTypes }: AuditFiltersProps) {
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label="Filter the audit trail"
      className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end"
    >
      <div>
        <label htmlFor="audit-user" className={label}>
          User
        </label>
        <select
          id="audit-user"
          name="user"
          defaultValue={query.user ?? ''}
          className={controlClasses()}
        >
          <option value="">Anyone</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-entity" className={label}>
          Record
        </label>
        <select
          id="audit-entity"
          name="entity"
          defaultValue={query.entity ?? ''}
          className={controlClasses()}
        >
          <option value="">Any kind</option>
          {entityTypes.map((t) => (
            <option key={t} value={t}>
              {t.charAt(0).toUpperCase() + t.slice(1).replace('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-action" className={label}>
          Action
        </label>
        <select
          id="audit-action"
          name="action"
          defaultValue={query.action ?? ''}
          className={controlClasses()}
        >
          <option value="">Any action</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {actionLabels[a]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className={label}>
          From
        </label>
        <input
          id="audit-from"
          type="date"
          name="from"
          defaultValue={query.from ?? ''}
          className={controlClasses()}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className={label}>
          To
        </label>
        <input
          id="audit-to"
          type="date"
          name="to"
          defaultValue={query.to ?? ''}
          className={controlClasses()}
        />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses('primary')}>
          Filter
        </button>
        <Link href="/admin/audit" className={buttonClasses('ghost')}>
          Clear
        </Link>
      </div>
    </form>
  );
}
