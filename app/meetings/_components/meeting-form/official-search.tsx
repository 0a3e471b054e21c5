'use client';

import { useQuery } from '@tanstack/react-query';
import { type Ref, useState } from 'react';
import { Combobox } from '@/components/ui/combobox';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import { fieldId } from '@/lib/meeting-form-errors';
import { officialQueries, type OfficialSuggestion } from '@/lib/queries/officials';

export type OfficialItem = { kind: 'official'; official: OfficialSuggestion } | { kind: 'new' };

export interface OfficialSearchProps {
  /** The meeting's day, so each suggestion shows the position held then. */
  date: string | null;
  /** Officials already in the meeting, left out of the suggestions. */
  excludeIds: ReadonlySet<number>;
  countryName: (code: string) => string;
  onChoose: (official: OfficialSuggestion) => void;
  onNewOfficial: (typedName: string) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** "First Deputy Foreign Minister, Ministry of Foreign Affairs of Kazakhstan, Kazakhstan". */
export function suggestionDetail(o: OfficialSuggestion, countryName: (code: string) => string) {
  const code = o.countryCode ?? o.organizationCountryCode;
  return [o.title, o.organizationName, code ? countryName(code) : null].filter(Boolean).join(', ');
}

/** The participants type-ahead over officials' names and aliases; its last option is "New official". */
export function OfficialSearch({
  date,
  excludeIds,
  countryName,
  onChoose,
  onNewOfficial,
  error,
  inputRef,
}: OfficialSearchProps) {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 150);
  const search = useQuery(officialQueries.search({ q: debounced, date }));
  const typed = query.trim();
  const found = typed ? (search.data ?? []).filter((o) => !excludeIds.has(o.id)) : [];
  const items: OfficialItem[] = [
    ...found.map((official) => ({ kind: 'official' as const, official })),
    ...(typed ? [{ kind: 'new' as const }] : []),
  ];
  const waiting = typed && (debounced !== typed || search.isFetching);

  let status: string | undefined;
  if (typed && waiting && !found.length) status = 'Searching officials…';
  else if (typed && !found.length)
    status = `No official matches “${typed}”. Choose “New official” to add them.`;

  return (
    <Combobox<OfficialItem>
      id={fieldId('participants')}
      label="Participants"
      items={items}
      itemToKey={(item) => (item.kind === 'official' ? `official-${item.official.id}` : 'new')}
      itemToString={(item) =>
        !item ? '' : item.kind === 'official' ? item.official.displayName : 'New official'
      }
      renderItem={(item) =>
        item.kind === 'new' ? (
          <span className="font-medium text-blue-800">New official</span>
        ) : (
          <>
            <span className="font-medium">{item.official.displayName}</span>
            <span className="text-slate-600">
              {suggestionDetail(item.official, countryName)
                ? ` — ${suggestionDetail(item.official, countryName)}`
                : ''}
            </span>
          </>
        )
      }
      onInputValueChange={setQuery}
      onSelect={(item, text) => {
        if (item.kind === 'official') onChoose(item.official);
        else onNewOfficial(text.trim());
      }}
      status={status}
      hint="Type a name or another spelling of it; each suggestion shows title, organization and country."
      error={error}
      required
      inputRef={inputRef}
    />
  );
}
