'use client';

import { useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import {
  newRowKey,
  type ParticipantRow,
  participantDetail,
  searchDateOf,
} from '@/lib/meeting-form-values';
import type { OfficialSuggestion } from '@/lib/queries/officials';
import { type CreatedOfficial, NewOfficialPanel } from './new-official-panel';
import { emptyOfficialDraft, type OfficialDraft } from './official-draft';
import { OfficialSearch } from './official-search';
import { ParticipantRowView } from './participant-row';
import { focusSoon, FormSection } from './section';
import type { SectionProps, WithCountries } from './types';

/** Who took part: a type-ahead over officials, "New official" inline, and one row per person. */
export function ParticipantsField({
  values,
  errors,
  update,
  countries,
}: SectionProps & WithCountries) {
  const searchRef = useRef<HTMLInputElement>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  // Kept here, not in the panel, so closing and reopening the panel loses nothing typed.
  const [draft, setDraft] = useState<OfficialDraft>(emptyOfficialDraft);
  const names = useMemo(() => new Map(countries.map((c) => [c.code, c.name])), [countries]);
  const countryName = (code: string) => names.get(code) ?? code;
  const excludeIds = useMemo(
    () => new Set(values.participants.flatMap((p) => (p.officialId ? [p.officialId] : []))),
    [values.participants],
  );

  function addRow(row: Omit<ParticipantRow, 'key' | 'role'>) {
    update((s) => ({
      ...s,
      participants: [
        ...s.participants,
        {
          key: newRowKey('participant'),
          role: s.participants.length < 2 ? 'head' : 'member',
          ...row,
        },
      ],
    }));
  }

  function choose(o: OfficialSuggestion) {
    const code = o.countryCode ?? o.organizationCountryCode;
    addRow({
      officialId: o.id,
      organizationId: o.organizationId,
      title: o.title ?? '',
      name: o.displayName,
      detail: participantDetail(o.organizationName, code ? countryName(code) : null),
    });
  }

  function openPanel(typedName: string) {
    if (typedName) setDraft((d) => ({ ...d, displayName: typedName }));
    setPanelOpen(true);
  }

  function closePanel() {
    setPanelOpen(false);
    focusSoon(searchRef.current?.id ?? '');
  }

  function created(o: CreatedOfficial) {
    addRow({
      officialId: o.id,
      organizationId: o.organizationId,
      title: o.title,
      name: o.displayName,
      detail: o.detail,
    });
    setDraft(emptyOfficialDraft);
    closePanel();
  }

  function change(index: number, patch: Partial<ParticipantRow>) {
    update((s) => ({
      ...s,
      participants: s.participants.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    }));
  }

  function remove(index: number) {
    update((s) => ({ ...s, participants: s.participants.filter((_, i) => i !== index) }));
    searchRef.current?.focus();
  }

  return (
    <FormSection
      title="Who took part"
      description="At least one participant. Titles are prefilled from the position each person held on the meeting date."
    >
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <OfficialSearch
            date={searchDateOf(values)}
            excludeIds={excludeIds}
            countryName={countryName}
            onChoose={choose}
            onNewOfficial={openPanel}
            error={errors.participants}
            inputRef={searchRef}
          />
        </div>
        <Button
          variant="secondary"
          className="self-start sm:mt-6"
          onClick={() => openPanel(searchRef.current?.value.trim() ?? '')}
        >
          New official
        </Button>
      </div>
      {values.participants.length ? (
        <ul aria-label="Chosen participants" className="mt-4 space-y-3">
          {values.participants.map((row, index) => (
            <ParticipantRowView
              key={row.key}
              index={index}
              row={row}
              errors={errors}
              onChange={(patch) => change(index, patch)}
              onRemove={() => remove(index)}
            />
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-sm text-slate-600">No participants yet.</p>
      )}
      {panelOpen ? (
        <NewOfficialPanel
          draft={draft}
          setDraft={setDraft}
          countries={countries}
          countryName={countryName}
          onCreated={created}
          onClose={closePanel}
          date={searchDateOf(values)}
          excludeIds={excludeIds}
        />
      ) : null}
    </FormSection>
  );
}
