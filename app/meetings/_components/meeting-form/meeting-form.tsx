'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import type { CountryOption } from '@/components/ui/country-combobox';
import type { MeetingFormState } from '@/lib/meeting-form-values';
import { KindFields, NarrativeFields } from './details-fields';
import { ConflictPanel } from './conflict-panel';
import { ErrorSummary } from './error-summary';
import { FollowUpsField } from './follow-ups-field';
import type { EventOption } from './options';
import { ParticipantsField } from './participants-field';
import { FormSection } from './section';
import { SourcesField } from './sources-field';
import { TopicsField } from './topics-field';
import { useMeetingForm } from './use-meeting-form';
import { WhenWhereFields } from './when-where-fields';

export interface MeetingFormProps {
  initialValues: MeetingFormState;
  countries: readonly CountryOption[];
  events: readonly EventOption[];
  /** Where Cancel goes: the list for a new meeting, the meeting itself when editing. */
  cancelHref: string;
  /** Editing: the meeting and the version loaded, so a concurrent save is caught. */
  meetingId?: number;
  version?: number;
}

/** The logging form for /meetings/new and /meetings/[id]/edit. */
export function MeetingForm({
  initialValues,
  countries,
  events,
  cancelHref,
  meetingId,
  version,
}: MeetingFormProps) {
  const router = useRouter();
  const form = useMeetingForm({ initialValues, meetingId, version });
  const { values, errors, update, errorList, formError, pending, onSubmit, formRef } = form;
  const section = { values, errors, update };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-busy={pending} className="space-y-6">
      {form.conflict ? (
        <ConflictPanel
          conflict={form.conflict}
          pending={pending}
          onKeepMine={form.keepMine}
          onReloadTheirs={form.reloadTheirs}
        />
      ) : null}
      <ErrorSummary errors={errorList} formError={formError} />
      <FormSection title="When and where">
        <WhenWhereFields {...section} countries={countries} events={events} />
      </FormSection>
      <FormSection title="Kind of meeting">
        <KindFields {...section} />
      </FormSection>
      <ParticipantsField {...section} countries={countries} />
      <FormSection title="What it was about">
        <div className="space-y-5">
          <TopicsField {...section} />
          <NarrativeFields {...section} />
        </div>
      </FormSection>
      <SourcesField {...section} />
      <FollowUpsField {...section} />
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-6 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={() => router.push(cancelHref)}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save meeting'}
        </Button>
      </div>
    </form>
  );
}
