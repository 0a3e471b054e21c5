import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <p className="mx-auto text-sm font-semibold text-blue-800">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-950">
        This page does not exist
      </h1>
      <p className="mx-auto mt-3 text-slate-700">
        The record may have been deleted, or the address may be mistyped.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/meetings" className={buttonClasses('primary')}>
          Go to meetings
        </Link>
        <Link href="/" className={buttonClasses('secondary')}>
          Dashboard
        </Link>
      </div>
    </div>
  );
}
