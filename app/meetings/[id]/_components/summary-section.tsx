import { Section } from '@/components/section';

export interface SummarySectionProps {
  summary: string | null;
  outcomes: string | null;
}

/** The summary as written, and the outcomes one per line as a list. */
export function SummarySection({ summary, outcomes }: SummarySectionProps) {
  const outcomeLines = (outcomes ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
  return (
    <>
      <Section id="summary" title="Summary">
        {summary ? (
          <p className="whitespace-pre-line text-slate-800">{summary}</p>
        ) : (
          <p className="text-slate-600">No summary recorded.</p>
        )}
      </Section>
      <Section id="outcomes" title="Outcomes">
        {outcomeLines.length ? (
          <ul className="max-w-prose list-disc space-y-1 pl-5 text-slate-800 marker:text-slate-400">
            {outcomeLines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">No outcomes recorded.</p>
        )}
      </Section>
    </>
  );
}
