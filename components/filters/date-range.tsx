'use client';

import { useEffect, useRef, useState } from 'react';
import { Field } from '@/components/ui/field';
import type { HistoryMode } from '@/lib/url-state';

export interface DateRangeProps {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }, mode: HistoryMode) => void;
}

/**
 * Date from / Date to. A typed date passes through several valid days (0002, 0020, 0202, 2023),
 * so the URL follows 500 ms after the last change, as one history entry per burst.
 */
export function DateRange({ from, to, onChange }: DateRangeProps) {
  const [draft, setDraft] = useState({ from, to });
  const [url, setUrl] = useState({ from, to });
  if (url.from !== from || url.to !== to) {
    setUrl({ from, to });
    setDraft({ from, to });
  }
  const typing = useRef(false);
  const reversed = Boolean(draft.from && draft.to && draft.from > draft.to);

  useEffect(() => {
    if (reversed || (draft.from === from && draft.to === to)) return;
    const timer = setTimeout(() => {
      onChange(draft, typing.current ? 'replace' : 'push');
      typing.current = true;
    }, 500);
    return () => clearTimeout(timer);
  }, [draft, from, to, reversed, onChange]);

  const input = (key: 'from' | 'to') => ({
    type: 'date',
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setDraft((d) => ({ ...d, [key]: e.target.value })),
    onBlur: () => (typing.current = false),
  });

  return (
    <div className="grid grid-cols-2 gap-3">
      <Field id="workbench-from" label="Date from">
        {(control) => <input {...control} {...input('from')} />}
      </Field>
      <Field
        id="workbench-to"
        label="Date to"
        error={reversed ? 'Must not be before Date from.' : undefined}
      >
        {(control) => <input {...control} {...input('to')} />}
      </Field>
    </div>
  );
}
