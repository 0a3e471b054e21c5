import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';

export interface DuplicateLinkProps {
  /** Editing `editedId` (merge with the duplicate), or creating (open the duplicate instead). */
  editing: boolean;
  /** The records' list address: "/officials", "/organizations". */
  base: string;
  editedId?: number;
  id: number;
  name: string;
}

/** What a possible duplicate offers in an entity form: "Merge them" when editing, else "Use this one". */
export function DuplicateLink({ editing, base, editedId, id, name }: DuplicateLinkProps) {
  const label = editing ? 'Merge them' : 'Use this one';
  return (
    <Link
      href={editing ? `${base}/merge?keep=${editedId}&drop=${id}` : `${base}/${id}`}
      aria-label={`${label}: ${name}`}
      className={buttonClasses('secondary', 'py-1')}
    >
      {label}
    </Link>
  );
}

export interface DuplicateFooterProps {
  editing: boolean;
  /** "person", "organization" */
  one: string;
  /** "people", "organizations" */
  many: string;
  pending: boolean;
}

/** Under the possible duplicates: save as usual when editing, or "Create anyway" (a submit). */
export function DuplicateFooter({ editing, one, many, pending }: DuplicateFooterProps) {
  if (editing) return <p>If they are different {many}, save as usual.</p>;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p>A different {one} with a similar name?</p>
      <Button type="submit" variant="secondary" className="py-1" disabled={pending}>
        Create anyway
      </Button>
    </div>
  );
}
