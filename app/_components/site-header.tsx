import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { currentSession } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import { AccountMenu } from './account-menu';
import { PrimaryNav } from './primary-nav';

function Brand({ className = '' }: { className?: string }) {
  return (
    <Link
      href="/"
      className={`flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-950 ${className}`}
    >
      <span
        aria-hidden="true"
        className="grid size-7 place-items-center rounded-md bg-blue-800 text-sm font-bold text-white"
      >
        P
      </span>
      Parley
    </Link>
  );
}

/**
 * The product name, the primary navigation, the main action (for editors) and the account menu,
 * on every page; only the name before sign-in.
 */
export async function SiteHeader() {
  const { user } = await currentSession();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 pt-3 pb-2 sm:px-6 lg:flex-nowrap lg:py-3 lg:px-8">
        <Brand className="order-1" />
        {user ? (
          <>
            <PrimaryNav className="order-3 w-full lg:order-2 lg:w-auto lg:flex-1" />
            <div className="order-2 ml-auto flex shrink-0 items-center gap-2 lg:order-3">
              {hasRole(user.role, 'editor') ? (
                <Link href="/meetings/new" className={buttonClasses('primary')}>
                  Log a meeting
                </Link>
              ) : null}
              <AccountMenu user={user} />
            </div>
          </>
        ) : null}
      </div>
    </header>
  );
}
