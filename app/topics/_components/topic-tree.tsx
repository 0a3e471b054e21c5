import Link from 'next/link';
import { CountLink } from '@/components/profile/count-link';
import type { TopicTreeNode } from '@/db/queries/topics';
import { emptyFilters } from '@/lib/filters';

export interface TopicTreeProps {
  topics: TopicTreeNode[];
  /** Nesting depth, for indentation. */
  depth?: number;
}

/**
 * Topics as nested lists, each with its meeting count (sub-topics included, as the topic filter
 * selects them), which opens those meetings.
 */
export function TopicTree({ topics, depth = 0 }: TopicTreeProps) {
  return (
    <ul className={depth === 0 ? 'space-y-1' : 'mt-1 space-y-1 border-l border-slate-200 pl-4'}>
      {topics.map((t) => (
        <li key={t.id}>
          <Link href={`/topics/${t.slug}`} className={`link ${depth === 0 ? 'font-medium' : ''}`}>
            {t.name}
          </Link>
          <span className="text-sm text-slate-600">
            {' · '}
            {t.meetingCount ? (
              <CountLink
                count={t.meetingCount}
                filters={{ ...emptyFilters, topic: [t.id] }}
                context={`on ${t.name}`}
              />
            ) : (
              'no meetings'
            )}
          </span>
          {t.children.length ? <TopicTree topics={t.children} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
