'use client';

import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { controlClasses } from '@/components/ui/field';
import type { HistoryMode } from '@/lib/url-state';

export interface SearchBoxProps {
  /** The search text in the URL. */
  value: string;
  onSearch: (q: string, mode: HistoryMode) => void;
}

/**
 * The free-text search: the URL follows 300 ms after typing stops, or at once on Enter. One
 * burst of typing is one history entry (pushed, then replaced), so back skips the keystrokes.
 */
export function SearchBox({ value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [urlValue, setUrlValue] = useState(value);
  // Back/forward or a cleared chip changed the URL: show its text (unless it is what we typed).
  if (value !== urlValue) {
    setUrlValue(value);
    if (text.trim() !== value) setText(value);
  }
  const typing = useRef(false);

  const commit = useCallback(
    (q: string) => {
      onSearch(q, typing.current ? 'replace' : 'push');
      typing.current = true;
    },
    [onSearch],
  );

  useEffect(() => {
    const q = text.trim();
    if (q === value) return;
    const timer = setTimeout(() => commit(q), 300);
    return () => clearTimeout(timer);
  }, [text, value, commit]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() !== value) commit(text.trim());
    typing.current = false;
  }

  return (
    <form role="search" onSubmit={onSubmit}>
      <label htmlFor="workbench-q" className="mb-1 block text-sm font-medium text-slate-800">
        Search
      </label>
      <input
        id="workbench-q"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => (typing.current = false)}
        maxLength={500}
        placeholder="Names, places, topics, any word"
        aria-describedby="workbench-q-hint"
        className={controlClasses(false, 'text-base sm:text-sm')}
      />
      <p id="workbench-q-hint" className="sr-only">
        Results update as you type.
      </p>
    </form>
  );
}
