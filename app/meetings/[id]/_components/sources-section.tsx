import { Section } from '@/components/section';
import type { MeetingDetail } from '@/db/queries/meetings';
import { formatDay } from '@/lib/dates';

export interface SourcesSectionProps {
  sources: MeetingDetail['sources'];
}

/** Where the record comes from: each source as an external link with publisher and date. */
export function SourcesSection({ sources }: SourcesSectionProps) {
  return (
    <Section id="sources" title="Sources">
      {sources.length ? (
        <ul className="space-y-3">
          {sources.map((s) => {
            const label = s.title || s.url || 'Untitled source';
            const meta = [s.publisher, formatDay(s.publishedDate)].filter(Boolean).join(', ');
            return (
              <li key={s.id} className="text-sm">
                {s.url ? (
                  <a href={s.url} rel="noopener noreferrer external" className="link font-medium">
                    {label}
                  </a>
                ) : (
                  <span className="font-medium text-slate-900">{label}</span>
                )}
                {meta ? <div className="text-slate-600">{meta}</div> : null}
                {s.url && s.title ? <div className="truncate text-slate-500">{s.url}</div> : null}
                {s.excerpt ? (
                  <blockquote className="mt-1 max-w-prose border-l-2 border-slate-200 pl-3 text-slate-700 italic">
                    {s.excerpt}
                  </blockquote>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-slate-600">No sources recorded.</p>
      )}
    </Section>
  );
}
