import Link from 'next/link';
import { roleLabels, type ViewerRole } from '@/lib/domain/viewer';

interface AccessDeniedProps {
  /** The least role the page needs. */
  need: Exclude<ViewerRole, 'anonymous'>;
}

/** What a signed-in user sees on a page their role does not open (the server refused it). */
export function AccessDenied({ need }: AccessDeniedProps) {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Not available to you</h1>
      <p className="mt-3 text-slate-700">
        This page is for the {roleLabels[need].toLowerCase()} role
        {need === 'editor' ? ' and above' : ''}. Ask an administrator if you need it.
      </p>
      <p className="mt-6">
        <Link href="/" className="link">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
