'use client';

import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDebouncedValue } from '@/components/ui/use-debounced-value';
import {
  checkable,
  duplicateQueries,
  type OfficialDuplicate,
  type OrganizationDuplicate,
} from '@/lib/queries/duplicates';
import { DuplicateWarning } from './duplicate-warning';
import { organizationLabel } from './labels';

const DEBOUNCE_MS = 300;

interface Common<C> {
  countryCode: string;
  /** The record being edited: never its own duplicate. */
  excludeId?: number | null;
  countryName: (code: string) => string;
  /** Buttons or links for one candidate ("Use this one", "Merge them"). */
  actions: (candidate: C) => ReactNode;
  footer?: ReactNode;
}

/** "Kazakhstan · First Deputy Foreign Minister, Ministry of Foreign Affairs of Kazakhstan". */
function officialDetail(o: OfficialDuplicate, countryName: (code: string) => string) {
  const job = [o.title, o.organizationName].filter(Boolean).join(', ');
  return [o.countryCode ? countryName(o.countryCode) : null, job].filter(Boolean).join(' · ');
}

/** Officials who may be the person whose name is being typed, checked as the user pauses. */
export function OfficialDuplicates({
  name,
  date,
  ...props
}: Common<OfficialDuplicate> & {
  name: string;
  /** A meeting's day: each candidate shows the position held then. */
  date?: string | null;
}) {
  const check = {
    name: useDebouncedValue(name.trim(), DEBOUNCE_MS),
    country: props.countryCode || undefined,
    exclude: props.excludeId ?? undefined,
    date: date ?? undefined,
  };
  const found = useQuery(duplicateQueries.officials(check));
  const candidates = checkable(name) && checkable(check.name) ? (found.data ?? []) : [];
  return (
    <DuplicateWarning
      candidates={candidates.map((o) => ({
        key: o.id,
        name: o.displayName,
        detail: officialDetail(o, props.countryName),
        reason: o.reason,
        actions: props.actions(o),
      }))}
      footer={props.footer}
    />
  );
}

/** Organizations that may be the one being typed (name, acronym), checked as the user pauses. */
export function OrganizationDuplicates({
  name,
  acronym,
  ...props
}: Common<OrganizationDuplicate> & { name: string; acronym: string }) {
  const check = {
    name: useDebouncedValue(name.trim(), DEBOUNCE_MS),
    acronym: useDebouncedValue(acronym.trim(), DEBOUNCE_MS) || undefined,
    country: props.countryCode || undefined,
    exclude: props.excludeId ?? undefined,
  };
  const found = useQuery(duplicateQueries.organizations(check));
  const candidates = name.trim().length >= 2 && check.name ? (found.data ?? []) : [];
  return (
    <DuplicateWarning
      candidates={candidates.map((o) => ({
        key: o.id,
        name: organizationLabel(o),
        detail: o.countryCode ? props.countryName(o.countryCode) : 'international',
        reason: o.reason,
        actions: props.actions(o),
      }))}
      footer={props.footer}
    />
  );
}
