import Link from 'next/link';
import type { MergeSide } from '@/components/entity-form/merge-screen';
import type { TopicForMerge } from '@/db/queries/merges';
import { filtersToSearchParams } from '@/lib/filters';

const none = <span className="text-slate-600">None</span>;

/** A topic as one side of the merge screen. */
export function topicMergeSide(t: TopicForMerge): MergeSide {
  return {
    id: t.id,
    version: t.version,
    name: t.name,
    href: `/topics/${t.slug}`,
    facts: [
      { term: 'Broader topic', value: t.parentName ?? none },
      {
        term: 'Sub-topics',
        value: t.children.length ? t.children.map((c) => c.name).join(', ') : none,
      },
      { term: 'Other names', value: t.aliases.length ? t.aliases.join(', ') : none },
      { term: 'Description', value: t.description ?? none },
      {
        term: 'Meetings (with its sub-topics)',
        value: (
          <Link href={`/meetings?${filtersToSearchParams(t.filters)}`} className="link">
            {t.meetingCount.toLocaleString('en')} {t.meetingCount === 1 ? 'meeting' : 'meetings'}
          </Link>
        ),
      },
    ],
  };
}

/** What merging `drop` into `keep` will do, in sentences. */
export function topicMergeEffects(keep: TopicForMerge, drop: TopicForMerge): string[] {
  const k = `“${keep.name}”`;
  const d = `“${drop.name}”`;
  return [
    `Every meeting on ${d} moves to ${k}; a meeting on both keeps ${k} once.${drop.children.length ? ` Its sub-topics (${drop.children.map((c) => c.name).join(', ')}) move under ${k}.` : ''}`,
    drop.aliases.length
      ? `${d} and its other names (${drop.aliases.join(', ')}) become other names of ${k}: typing them in the meeting form picks ${k}.`
      : `${d} becomes another name of ${k}: typing it in the meeting form picks ${k}.`,
    `A description or broader topic missing on ${k} is taken from ${d}.`,
    `${d} is removed; its page will lead to ${k}. The merge is recorded in both histories.`,
  ];
}
