import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export interface HeaderActionsProps {
  actions: Array<{ href: string; label: string; primary?: boolean }>;
}

/** A page header's actions as links styled like buttons (create, edit, merge…). */
export function HeaderActions({ actions }: HeaderActionsProps) {
  return (
    <>
      {actions.map((a) => (
        <Link
          key={a.href}
          href={a.href}
          className={buttonClasses(a.primary ? 'primary' : 'secondary')}
        >
          {a.label}
        </Link>
      ))}
    </>
  );
}
