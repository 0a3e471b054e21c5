import type { CountryOption } from '@/components/ui/country-combobox';
import type { MeetingFormState } from '@/lib/meeting-form-values';

/** Changes the form: a patch, or a function of the current state. */
export type UpdateForm = (
  change: Partial<MeetingFormState> | ((state: MeetingFormState) => MeetingFormState),
) => void;

/** What every section of the form receives. */
export interface SectionProps {
  values: MeetingFormState;
  /** Messages keyed by the field they belong to (see errorTarget). */
  errors: Record<string, string>;
  update: UpdateForm;
}

export interface WithCountries {
  countries: readonly CountryOption[];
}
