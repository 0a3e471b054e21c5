import type { Metadata } from 'next';
import { AccessDenied } from '@/components/access-denied';
import { pageViewer } from '@/lib/server/auth/current';
import { hasRole } from '@/lib/domain/viewer';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { emptyTopicForm } from '../_components/topic-form-state';
import { TopicForm } from '../_components/topic-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'New topic' };

export default async function NewTopicPage() {
  const viewer = await pageViewer();
  if (!hasRole(viewer.role, 'editor')) return <AccessDenied need="editor" />;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        eyebrow={
          <Link href="/topics" className="link">
            Topics
          </Link>
        }
        title="New topic"
        description="A subject meetings are about. Put it under a broader topic to build the hierarchy."
      />
      <TopicForm initialValues={emptyTopicForm()} cancelHref="/topics" />
    </div>
  );
}
