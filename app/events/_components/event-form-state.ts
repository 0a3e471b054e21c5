import { organizationLabel } from '@/components/entity-form/labels';
import { type ChosenRecord, unchosenText } from '@/components/entity-form/record-select';
import type { Event } from '@/db/schema';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/common';
import { eventInput, type EventFormValues } from '@/lib/validation/entities';

/** What the event form holds while the user types. */
export interface EventFormState {
  name: string;
  startDate: string;
  endDate: string;
  venue: string;
  city: string;
  countryCode: string;
  organizer: ChosenRecord | null;
  /** The text in the Organizer box (may name nothing yet). */
  organizerText: string;
  description: string;
}

export const emptyEventForm = (): EventFormState => ({
  name: '',
  startDate: '',
  endDate: '',
  venue: '',
  city: '',
  countryCode: '',
  organizer: null,
  organizerText: '',
  description: '',
});

/** A stored event, with its organizer, as form state. */
export function eventToFormState(
  e: Pick<
    Event,
    'name' | 'startDate' | 'endDate' | 'venue' | 'city' | 'countryCode' | 'description'
  >,
  organizer: { id: number; name: string; acronym: string | null } | null,
): EventFormState {
  const label = organizer ? organizationLabel(organizer) : '';
  return {
    name: e.name,
    startDate: e.startDate,
    endDate: e.endDate,
    venue: e.venue ?? '',
    city: e.city ?? '',
    countryCode: e.countryCode ?? '',
    organizer: organizer ? { id: organizer.id, label } : null,
    organizerText: label,
    description: e.description ?? '',
  };
}

export function toEventValues(s: EventFormState): EventFormValues {
  return {
    name: s.name,
    startDate: s.startDate,
    endDate: s.endDate,
    venue: s.venue,
    city: s.city,
    countryCode: s.countryCode,
    organizerId: s.organizer?.id ?? null,
    description: s.description,
  };
}

/** The schema's messages, plus one for organizer text that was typed but never chosen. */
export function validateEventForm(s: EventFormState): FieldErrors {
  const result = eventInput.safeParse(toEventValues(s));
  const errors = result.success ? {} : fieldErrorsOf(result.error);
  if (unchosenText(s.organizer, s.organizerText)) {
    errors.organizerId ??= 'Choose an organization from the list, or leave the box empty.';
  }
  return errors;
}

const labels: Record<string, string> = {
  name: 'Name',
  startDate: 'First day',
  endDate: 'Last day',
  venue: 'Venue',
  city: 'City',
  countryCode: 'Country',
  organizerId: 'Organizer',
  description: 'Description',
};

export const eventFieldLabel = (target: string) => labels[target] ?? target;

export const eventFieldOrder = Object.keys(labels);
