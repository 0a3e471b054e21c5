'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { CountryOption } from '@/lib/country-search';

interface CountryData {
  countries: readonly CountryOption[];
  nameOf: (code: string | null | undefined) => string;
}

const CountryContext = createContext<CountryData>({ countries: [], nameOf: (code) => code ?? '' });

export interface CountryNamesProviderProps {
  /** The trimmed list the page passes down (the country package's JSON stays on the server). */
  countries: readonly CountryOption[];
  children: ReactNode;
}

/** Country names for the filter components of /meetings, /timeline and the dashboard. */
export function CountryNamesProvider({ countries, children }: CountryNamesProviderProps) {
  const value = useMemo(() => {
    const names = new Map(countries.map((c) => [c.code, c.name]));
    return {
      countries,
      nameOf: (code: string | null | undefined) => (code ? (names.get(code) ?? code) : ''),
    };
  }, [countries]);
  return <CountryContext.Provider value={value}>{children}</CountryContext.Provider>;
}

/** The countries, and a function naming a code ('' for none, the code itself when unknown). */
export function useCountries(): CountryData {
  return useContext(CountryContext);
}
