import type { HighlightSegment } from '@/lib/queries/meetings';

export interface HighlightedTextProps {
  segments: HighlightSegment[];
}

/** Text with the words that matched the search marked; never parsed as HTML. */
export function HighlightedText({ segments }: HighlightedTextProps) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-950">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
