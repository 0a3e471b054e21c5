'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import { officialQueries } from '@/lib/queries/officials';
import { organizationQueries } from '@/lib/queries/organizations';
import { topicQueries } from '@/lib/queries/topics';
import { organizationLabel } from './labels';
import type { ChosenRecord } from './record-select';

export type MergeKind = 'official' | 'organization' | 'topic';

interface Option extends ChosenRecord {
  detail: string;
}

/** Suggestions for one box: officials, organizations or topics matching the text. */
function useOptions(kind: MergeKind, text: string): Option[] {
  const q = useDebouncedValue(text.trim(), 150);
  const officials = useQuery({
    ...officialQueries.search({ q, date: null }),
    enabled: kind === 'official' && Boolean(q),
  });
  const organizations = useQuery({
    ...organizationQueries.search(q),
    enabled: kind === 'organization' && Boolean(q),
  });
  const topics = useQuery({ ...topicQueries.search(q), enabled: kind === 'topic' && Boolean(q) });
  if (!text.trim()) return [];
  if (kind === 'official') {
    return (officials.data ?? []).map((o) => ({
      id: o.id,
      label: o.displayName,
      detail: [o.title, o.organizationAcronym ?? o.organizationName].filter(Boolean).join(', '),
    }));
  }
  if (kind === 'organization') {
    return (organizations.data ?? []).map((o) => ({
      id: o.id,
      label: organizationLabel(o),
      detail: '',
    }));
  }
  return (topics.data ?? []).map((t) => ({ id: t.id, label: t.name, detail: '' }));
}

interface PickerBoxProps {
  id: string;
  label: string;
  kind: MergeKind;
  value: ChosenRecord | null;
  other: ChosenRecord | null;
  hint: string;
  onChoose: (value: ChosenRecord | null) => void;
}

function PickerBox({ id, label, kind, value, other, hint, onChoose }: PickerBoxProps) {
  const [text, setText] = useState(value?.label ?? '');
  const items = useOptions(kind, text).filter((o) => o.id !== other?.id);
  const selected = value ? { ...value, detail: '' } : null;
  return (
    <Combobox<Option>
      id={id}
      label={label}
      items={items}
      itemToKey={(o) => String(o.id)}
      itemToString={(o) => o?.label ?? ''}
      renderItem={(o) => (
        <>
          <span className="font-medium">{o.label}</span>
          {o.detail ? <span className="text-slate-600"> — {o.detail}</span> : null}
        </>
      )}
      initialInputValue={text}
      onInputValueChange={setText}
      selectedItem={selected}
      onSelect={(o) => onChoose({ id: o.id, label: o.label })}
      onClear={() => onChoose(null)}
      status={text.trim() && !items.length ? `No ${kind} matches “${text.trim()}”.` : undefined}
      hint={hint}
    />
  );
}

export interface MergePickerProps {
  kind: MergeKind;
  /** The merge screen's path ('/officials/merge'); choices go into its query string. */
  path: string;
  keep: ChosenRecord | null;
  drop: ChosenRecord | null;
}

/**
 * The two records of a merge, each chosen with a type-ahead. A choice goes into the address
 * (`?keep=&drop=`), so the page shows both side by side and the view can be shared.
 */
export function MergePicker({ kind, path, keep, drop }: MergePickerProps) {
  const router = useRouter();
  function go(next: { keep: ChosenRecord | null; drop: ChosenRecord | null }) {
    const query = new URLSearchParams();
    if (next.keep) query.set('keep', String(next.keep.id));
    if (next.drop) query.set('drop', String(next.drop.id));
    const qs = query.toString();
    router.replace(qs ? `${path}?${qs}` : path, { scroll: false });
  }
  return (
    <div className="grid grid-cols-1 gap-5 rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6 md:grid-cols-2">
      <PickerBox
        id="merge-keep"
        label={`${kind[0]?.toUpperCase()}${kind.slice(1)} to keep`}
        kind={kind}
        value={keep}
        other={drop}
        hint="The record that stays, with its address."
        onChoose={(value) => go({ keep: value, drop })}
      />
      <PickerBox
        id="merge-drop"
        label="Duplicate to merge into it"
        kind={kind}
        value={drop}
        other={keep}
        hint="Its links and names move to the kept record; then it is removed."
        onChoose={(value) => go({ keep, drop: value })}
      />
    </div>
  );
}
