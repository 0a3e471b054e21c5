import Link from 'next/link';
import { Section } from '@/components/section';
import type { MeetingDetail } from '@/db/queries/meetings';

export interface TopicsSectionProps {
  topics: MeetingDetail['topics'];
}

/** The meeting's topics, each linking to the topic's meetings. */
export function TopicsSection({ topics }: TopicsSectionProps) {
  return (
    <Section id="topics" title="Topics">
      {topics.length ? (
        <ul className="flex flex-wrap gap-2">
          {topics.map((t) => (
            <li key={t.id}>
              <Link
                href={`/topics/${t.slug}`}
                className="inline-block rounded-full border border-blue-200 bg-blue-50 px-3 py-1 text-sm text-blue-900 hover:bg-blue-100"
              >
                {t.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-600">No topics recorded.</p>
      )}
    </Section>
  );
}
