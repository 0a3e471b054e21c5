import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { PrimaryNav } from './primary-nav';

/** The product name, the primary navigation and the main action, on every page. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 pt-3 pb-2 sm:px-6 lg:flex-nowrap lg:py-3 lg:px-8">
        <Link
          href="/"
          className="order-1 flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-950"
        >
          <span
            aria-hidden="true"
            className="grid size-7 place-items-center rounded-md bg-blue-800 text-sm font-bold text-white"
          >
            P
          </span>
          Parley
        </Link>
        <PrimaryNav className="order-3 w-full lg:order-2 lg:w-auto lg:flex-1" />
        <Link
          href="/meetings/new"
          className={buttonClasses('primary', 'order-2 ml-auto shrink-0 lg:order-3')}
        >
          Log a meeting
        </Link>
      </div>
    </header>
  );
}
