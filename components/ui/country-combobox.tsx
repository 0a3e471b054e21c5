'use client';

import { useMemo, useState } from 'react';
import { type CountryOption, searchCountries } from '@/lib/country-search';
import { Combobox } from './combobox';

export type { CountryOption };

export interface CountryComboboxProps {
  id: string;
  label?: string;
  /** The trimmed list the page passes down (the full country data stays on the server). */
  countries: readonly CountryOption[];
  /** ISO alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  error?: string;
  hint?: string;
  disabled?: boolean;
  required?: boolean;
}

/** A searchable country list: "Aus" offers Australia and Austria. */
export function CountryCombobox({
  id,
  label = 'Country',
  countries,
  value,
  onChange,
  error,
  hint,
  disabled,
  required,
}: CountryComboboxProps) {
  const selected = useMemo(
    () => countries.find((c) => c.code === value) ?? null,
    [countries, value],
  );
  const [text, setText] = useState(selected?.name ?? '');
  // With the chosen country's name in the box, opening the list shows every country.
  const items = useMemo(
    () => searchCountries(countries, selected && text === selected.name ? '' : text),
    [countries, selected, text],
  );
  return (
    <Combobox<CountryOption>
      id={id}
      label={label}
      items={items}
      itemToKey={(c) => c.code}
      itemToString={(c) => c?.name ?? ''}
      onInputValueChange={setText}
      selectedItem={selected}
      onSelect={(c) => onChange(c.code)}
      onClear={() => onChange('')}
      status={items.length ? undefined : 'No country matches.'}
      error={error}
      hint={hint}
      disabled={disabled}
      required={required}
      placeholder="Type to search"
    />
  );
}
