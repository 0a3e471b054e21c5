import Link from 'next/link';

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The URL of a page. */
  href: (page: number) => string;
  /** The nav's accessible name; give each one its own when a page has several. */
  label?: string;
}

const linkClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50';
const disabledClass =
  'inline-flex items-center gap-1 rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500';

/** "Page 2 of 40" with Previous and Next links; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, href, label = 'Pagination' }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : (
        <span className={disabledClass}>
          <span aria-hidden="true">←</span> Previous
        </span>
      )}
      <p className="text-sm text-slate-700">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={linkClass}>
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={disabledClass}>
          Next <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
