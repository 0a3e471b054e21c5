'use client';

import { type KeyboardEvent, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/field';

const downloads = [
  { file: 'meetings.csv', text: 'CSV', note: 'one row per meeting' },
  { file: 'meetings-long.csv', text: 'CSV (long)', note: 'one row per participant' },
  { file: 'meetings.json', text: 'JSON', note: 'meetings with participants and topics' },
  { file: 'meetings.ics', text: 'iCalendar', note: 'a calendar file' },
  { file: 'popolo.json', text: 'Popolo JSON', note: 'people, organizations and events' },
] as const;

const noSubscribe = () => () => {};

/** The feed's URL to copy into a calendar app, which then follows new matching meetings. */
function CalendarFeed({ url }: { url: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <label htmlFor="workbench-feed" className="font-medium text-slate-900">
        Calendar feed URL
      </label>
      <p className="text-xs text-slate-600">Subscribe to it: new matching meetings appear.</p>
      <input
        id="workbench-feed"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        className={controlClasses(false, 'mt-1 font-mono text-xs')}
      />
      <div className="mt-2 flex items-center gap-3">
        <Button variant="secondary" className="py-1.5" onClick={copy}>
          Copy feed link
        </Button>
        <span role="status" className="text-xs text-slate-700">
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Copy failed: select the URL and copy it.'
              : ''}
        </span>
      </div>
    </div>
  );
}

export interface ExportMenuProps {
  /** The canonical filter query (no `?`): exports hold exactly the filtered meetings. */
  query: string;
}

/** Downloads of exactly the filtered meetings, and a calendar feed to subscribe to. */
export function ExportMenu({ query }: ExportMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // The feed is pasted into another app, so it needs the absolute URL; the server has no origin.
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );
  const suffix = query ? `?${query}` : '';
  const feed = `${origin}/api/feeds/meetings.ics${suffix}`;

  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    buttonRef.current?.focus();
  }

  return (
    <div ref={ref} className="relative" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls="workbench-export"
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50"
      >
        Export <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div
        id="workbench-export"
        hidden={!open}
        className="absolute right-0 z-20 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-lg"
      >
        <h2 className="font-medium text-slate-900">Export these meetings</h2>
        <ul className="mt-2 space-y-1.5">
          {downloads.map((d) => (
            <li key={d.file}>
              <a href={`/api/exports/${d.file}${suffix}`} download className="link font-medium">
                {d.text}
              </a>{' '}
              <span className="text-slate-600">— {d.note}</span>
            </li>
          ))}
        </ul>
        <CalendarFeed url={feed} />
      </div>
    </div>
  );
}
