'use client';

import type { MouseEvent, ReactNode } from 'react';

export interface ResultsPagerProps {
  page: number;
  pageCount: number;
  /** The URL of a page (a real link: it opens in a new tab and works before script loads). */
  href: (page: number) => string;
  /** Goes to a page in place, through the URL. */
  onPage: (page: number) => void;
}

const linkClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50';
const disabledClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500';

/** A plain click stays in the page; with a modifier key the browser opens the link its own way. */
function inPlace(event: MouseEvent<HTMLAnchorElement>, go: () => void) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  go();
}

/** "Page 2 of 40" with Previous and Next; nothing when everything fits on one page. */
export function ResultsPager({ page, pageCount, href, onPage }: ResultsPagerProps) {
  if (pageCount <= 1) return null;
  const link = (to: number, rel: 'prev' | 'next', text: ReactNode) =>
    to >= 1 && to <= pageCount ? (
      <a
        href={href(to)}
        rel={rel}
        className={linkClass}
        onClick={(e) => inPlace(e, () => onPage(to))}
      >
        {text}
      </a>
    ) : (
      <span className={disabledClass}>{text}</span>
    );
  return (
    <nav
      aria-label="Pages of results"
      className="mt-4 flex flex-wrap items-center justify-between gap-3"
    >
      {link(
        page - 1,
        'prev',
        <>
          <span aria-hidden="true">←</span> Previous
        </>,
      )}
      <p className="text-sm text-slate-700">
        Page {page} of {pageCount}
      </p>
      {link(
        page + 1,
        'next',
        <>
          Next <span aria-hidden="true">→</span>
        </>,
      )}
    </nav>
  );
}
