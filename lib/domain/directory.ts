import type { OrganizationKind } from './vocabularies';

/** An official offered by the participant picker, with the position held on the date asked. */
export interface OfficialSuggestion {
  id: number;
  displayName: string;
  aliases: string[];
  countryCode: string | null;
  /** The position held on the date asked about (or the latest one), for the title prefill. */
  title: string | null;
  organizationId: number | null;
  organizationName: string | null;
  organizationAcronym: string | null;
  organizationCountryCode: string | null;
}

/** How alike a typed record and a stored one are (0–1), why, and through which stored name. */
export interface DuplicateScore {
  score: number;
  reason: string;
  /** The stored name that matched: the main name or one of its aliases. */
  matchedName: string;
  viaAlias: boolean;
}

/** A stored official that may be the person typed, with the position that tells namesakes apart. */
export interface OfficialDuplicate
  extends DuplicateScore, Omit<OfficialSuggestion, 'organizationAcronym'> {}

/** A stored organization that may be the one typed. */
export interface OrganizationDuplicate extends DuplicateScore {
  id: number;
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganizationKind;
  countryCode: string | null;
}
