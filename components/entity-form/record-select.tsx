'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import { organizationQueries, type OrganizationOption } from '@/lib/queries/organizations';
import { topicQueries, type TopicOption } from '@/lib/queries/topics';
import { organizationLabel } from './labels';

/** A record chosen in a type-ahead: its id and the text that names it in the box. */
export interface ChosenRecord {
  id: number;
  label: string;
}

/** Text typed in a type-ahead that names no chosen record: the form flags it, never drops it. */
export function unchosenText(value: ChosenRecord | null, text: string): boolean {
  const typed = text.trim();
  return Boolean(typed) && (!value || value.label !== typed);
}

export interface RecordSelectProps {
  id: string;
  label: string;
  value: ChosenRecord | null;
  /** The text in the box (kept by the form, so a typed name is never lost). */
  text: string;
  onTextChange: (text: string) => void;
  /** A record chosen from the list, or null when the box was emptied. */
  onChoose: (value: ChosenRecord | null) => void;
  /** Records that cannot be chosen here (the record being edited, say). */
  excludeIds?: ReadonlySet<number>;
  error?: string;
  hint?: ReactNode;
  countryName?: (code: string) => string;
}

function statusOf(typed: string, found: number, fetching: boolean, what: string) {
  if (!typed) return undefined;
  if (!found) return fetching ? `Searching ${what}s…` : `No ${what} matches “${typed}”.`;
  return undefined;
}

/** One organization from a type-ahead over names, acronyms and aliases (GET /api/organizations). */
export function OrganizationSelect(props: RecordSelectProps) {
  const typed = props.text.trim();
  const search = useQuery(organizationQueries.search(useDebouncedValue(typed, 150)));
  const items = (typed ? (search.data ?? []) : []).filter((o) => !props.excludeIds?.has(o.id));
  const selected: OrganizationOption | null = props.value
    ? {
        id: props.value.id,
        name: props.value.label,
        acronym: null,
        kind: 'other',
        countryCode: null,
      }
    : null;
  return (
    <Combobox<OrganizationOption>
      id={props.id}
      label={props.label}
      items={items}
      itemToKey={(o) => String(o.id)}
      itemToString={(o) => (o ? organizationLabel(o) : '')}
      renderItem={(o) => (
        <>
          <span className="font-medium">{organizationLabel(o)}</span>
          {o.countryCode && props.countryName ? (
            <span className="text-slate-600"> — {props.countryName(o.countryCode)}</span>
          ) : null}
        </>
      )}
      initialInputValue={props.text}
      onInputValueChange={props.onTextChange}
      selectedItem={selected}
      onSelect={(o) => props.onChoose({ id: o.id, label: organizationLabel(o) })}
      onClear={() => props.onChoose(null)}
      keepUnmatchedText
      status={statusOf(typed, items.length, search.isFetching, 'organization')}
      hint={props.hint}
      error={props.error}
    />
  );
}

/** One topic from a type-ahead over topic names (GET /api/topics). */
export function TopicSelect(props: RecordSelectProps) {
  const typed = props.text.trim();
  const search = useQuery(topicQueries.search(useDebouncedValue(typed, 150)));
  const items = (typed ? (search.data ?? []) : []).filter((t) => !props.excludeIds?.has(t.id));
  const selected: TopicOption | null = props.value
    ? { id: props.value.id, name: props.value.label, slug: '' }
    : null;
  return (
    <Combobox<TopicOption>
      id={props.id}
      label={props.label}
      items={items}
      itemToKey={(t) => String(t.id)}
      itemToString={(t) => t?.name ?? ''}
      initialInputValue={props.text}
      onInputValueChange={props.onTextChange}
      selectedItem={selected}
      onSelect={(t) => props.onChoose({ id: t.id, label: t.name })}
      onClear={() => props.onChoose(null)}
      keepUnmatchedText
      status={statusOf(typed, items.length, search.isFetching, 'topic')}
      hint={props.hint}
      error={props.error}
    />
  );
}
