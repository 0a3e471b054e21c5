'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorTarget } from '@/lib/meeting-form-errors';
import { type MeetingFormState, toMeetingValues } from '@/lib/meeting-form-values';
import { type FieldErrors, fieldErrorsOf } from '@/lib/validation/common';
import { meetingInput } from '@/lib/validation/meeting';
import { createMeetingAction, updateMeetingAction } from '../../actions';
import { type Conflict, conflictDetails } from './conflict';
import type { UpdateForm } from './types';

export interface UseMeetingFormOptions {
  initialValues: MeetingFormState;
  /** Set when editing: the meeting and the version the form was loaded at. */
  meetingId?: number;
  version?: number;
}

const unreachable =
  'We could not reach the server, so nothing was saved. What you typed is still here: try again.';

function validate(values: MeetingFormState): FieldErrors {
  const result = meetingInput.safeParse(toMeetingValues(values));
  return result.success ? {} : fieldErrorsOf(result.error);
}

/**
 * The logging form's state and submission: the same zod schema as the server gives instant
 * messages (live once the user has tried to save), the server action is the authority, and the
 * input is never thrown away on an error.
 */
export function useMeetingForm({ initialValues, meetingId, version }: UseMeetingFormOptions) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initialValues);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  /** The version this form saves against; "Keep mine" moves it to the current one. */
  const [baseVersion, setBaseVersion] = useState(version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const saved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const update: UpdateForm = useCallback((change) => {
    setValues((s) => (typeof change === 'function' ? change(s) : { ...s, ...change }));
    setServerErrors({});
  }, []);

  const clientErrors = useMemo(() => (attempted ? validate(values) : {}), [attempted, values]);
  /** Raw schema keys ('sources.0.url'), for the summary. */
  const errorList = useMemo(
    () => ({ ...serverErrors, ...clientErrors }),
    [serverErrors, clientErrors],
  );
  /** Messages keyed by the field that shows them. */
  const errors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(errorList)) out[errorTarget(key)] ??= message;
    return out;
  }, [errorList]);

  const dirty = useMemo(
    () => JSON.stringify(values) !== JSON.stringify(initialValues),
    [values, initialValues],
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (saved.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    if (!focusRequest) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-form-alert]');
    target?.focus();
  }, [focusRequest]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save(baseVersion);
  }

  async function save(against: number | undefined) {
    if (pending) return;
    setAttempted(true);
    setFormError(null);
    setConflict(null);
    if (Object.keys(validate(values)).length) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const input = toMeetingValues(values);
      const result =
        meetingId !== undefined && against !== undefined
          ? await updateMeetingAction(meetingId, against, input)
          : await createMeetingAction(input);
      if (result.ok) {
        saved.current = true;
        await queryClient.invalidateQueries({ queryKey: ['meetings'] });
        router.push(`/meetings/${result.data.id}`);
        return;
      }
      const fieldErrors = result.fieldErrors ?? {};
      setServerErrors(fieldErrors);
      const details = conflictDetails(result);
      if (details) setConflict({ message: result.error, ...details });
      else setFormError(Object.keys(fieldErrors).length ? null : result.error);
      setFocusRequest((n) => n + 1);
    } catch {
      setFormError(unreachable);
      setFocusRequest((n) => n + 1);
    }
    setPending(false);
  }

  /** "Keep mine and save again": the same input, against the version saved in between. */
  const keepMine = () => {
    if (!conflict) return;
    setBaseVersion(conflict.currentVersion);
    void save(conflict.currentVersion);
  };
  /** "Reload their version": the page again, from the server; this form's input is dropped. */
  const reloadTheirs = () => {
    saved.current = true;
    window.location.reload();
  };

  return {
    values,
    update,
    errors,
    errorList,
    formError,
    pending,
    onSubmit,
    formRef,
    conflict,
    keepMine,
    reloadTheirs,
  };
}
