import Link from 'next/link';
import type { MeetingFilters } from '@/lib/filters';
import { meetingsHref } from '@/lib/url-state';
import { plural } from './links';

export interface CountLinkProps {
  count: number;
  /** Exactly the meetings counted. */
  filters: MeetingFilters;
  /** Read after the count by screen readers, e.g. "with Helga Schmid". */
  context?: string;
  /** Show only the number (the noun stays for screen readers). */
  compact?: boolean;
  className?: string;
}

/** A meeting count that opens the research workbench on exactly those meetings. */
export function CountLink({ count, filters, context, compact = false, className }: CountLinkProps) {
  const text = plural(count, 'meeting', 'meetings');
  return (
    <Link href={meetingsHref(filters)} className={`link tabular-nums ${className ?? ''}`.trim()}>
      {compact ? (
        <>
          {count.toLocaleString('en')}
          <span className="sr-only"> {count === 1 ? 'meeting' : 'meetings'}</span>
        </>
      ) : (
        text
      )}
      {context ? <span className="sr-only"> {context}</span> : null}
    </Link>
  );
}
