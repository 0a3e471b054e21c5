import { format } from 'date-fns';
import { Section } from '@/components/section';

export interface RecordedSectionProps {
  createdAt: number;
  updatedAt: number;
  version: number;
}

function Stamp({ seconds }: { seconds: number }) {
  const at = new Date(seconds * 1000);
  return <time dateTime={at.toISOString()}>{format(at, "d MMMM yyyy 'at' HH:mm")}</time>;
}

/** When the record was created and last changed, and how many versions it has had. */
export function RecordedSection({ createdAt, updatedAt, version }: RecordedSectionProps) {
  return (
    <Section id="recorded" title="Recorded">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-slate-600">Created</dt>
        <dd className="text-slate-900">
          <Stamp seconds={createdAt} />
        </dd>
        <dt className="text-slate-600">Last updated</dt>
        <dd className="text-slate-900">
          <Stamp seconds={updatedAt} />
        </dd>
        <dt className="text-slate-600">Version</dt>
        <dd className="text-slate-900">{version}</dd>
      </dl>
    </Section>
  );
}
