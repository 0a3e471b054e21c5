'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

const sections = [
  { href: '/', label: 'Dashboard' },
  { href: '/meetings', label: 'Meetings' },
  { href: '/timeline', label: 'Timeline' },
  { href: '/officials', label: 'Officials' },
  { href: '/organizations', label: 'Organizations' },
  { href: '/countries', label: 'Countries' },
  { href: '/topics', label: 'Topics' },
  { href: '/events', label: 'Events' },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}

export interface PrimaryNavProps {
  className?: string;
}

/**
 * The app's sections. On phones the row scrolls sideways (every link stays one tab stop away);
 * from `lg` it fits on one line beside the product name.
 */
export function PrimaryNav({ className = '' }: PrimaryNavProps) {
  const pathname = usePathname() ?? '/';
  const listRef = useRef<HTMLUListElement>(null);
  // On phones the row scrolls: bring the current section into view (sideways only, so the
  // page itself does not jump).
  useEffect(() => {
    const list = listRef.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav aria-label="Primary" className={className}>
      <ul
        ref={listRef}
        className="relative -mx-4 flex gap-1 overflow-x-auto px-4 py-1 sm:-mx-6 sm:px-6 lg:mx-0 lg:px-0"
      >
        {sections.map(({ href, label }) => {
          const current = isCurrent(pathname, href);
          return (
            <li key={href} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors ${
                  current
                    ? 'bg-blue-50 text-blue-900 ring-1 ring-blue-200 ring-inset'
                    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-950'
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
