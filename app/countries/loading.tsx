import { PageSkeleton } from '@/components/page-skeleton';

/** Shown while the page reads its data; the page streams in when it is ready. */
export default function Loading() {
  return <PageSkeleton shape="list" label="Loading countries" />;
}
