'use client';

import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionResult, FieldErrors } from '@/lib/validation/common';

export interface UseEntityFormOptions<S, T> {
  initialValues: S;
  /** The form's own check: the same zod schema the server uses, plus hints it cannot give. */
  validate: (values: S) => FieldErrors;
  /** The server action: the authority. */
  submit: (values: S) => Promise<ActionResult<T>>;
  /** After a successful save: usually a redirect to the record. */
  onSaved: (data: T) => void | Promise<void>;
  /** The field that shows an error key ('aliases.2' → 'aliases'). */
  errorTarget?: (key: string) => string;
}

export type UpdateEntityForm<S> = (change: Partial<S> | ((state: S) => S)) => void;

const unreachable =
  'We could not reach the server, so nothing was saved. What you typed is still here: try again.';

/**
 * A record form's state and submission, as the meeting form does it: the schema's messages
 * appear live once the user has tried to save, the server's answer (field errors, a conflict,
 * a missing record) is shown without losing anything typed, and leaving with unsaved changes
 * asks first.
 */
export function useEntityForm<S, T>({
  initialValues,
  validate,
  submit,
  onSaved,
  errorTarget = (key) => key,
}: UseEntityFormOptions<S, T>) {
  const [values, setValues] = useState(initialValues);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const saved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const update: UpdateEntityForm<S> = useCallback((change) => {
    setValues((s) => (typeof change === 'function' ? change(s) : { ...s, ...change }));
    setServerErrors({});
  }, []);

  const clientErrors = useMemo(
    () => (attempted ? validate(values) : {}),
    [attempted, values, validate],
  );
  const errorList = useMemo(
    () => ({ ...serverErrors, ...clientErrors }),
    [serverErrors, clientErrors],
  );
  const errors = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(errorList)) out[errorTarget(key)] ??= message;
    return out;
  }, [errorList, errorTarget]);

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
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('[data-form-alert]')
    )?.focus();
  }, [focusRequest]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setAttempted(true);
    setFormError(null);
    if (Object.keys(validate(values)).length) return setFocusRequest((n) => n + 1);
    setPending(true);
    try {
      const result = await submit(values);
      if (result.ok) {
        saved.current = true;
        await onSaved(result.data);
        return;
      }
      const fieldErrors = result.fieldErrors ?? {};
      setServerErrors(fieldErrors);
      setFormError(Object.keys(fieldErrors).length ? null : result.error);
      setFocusRequest((n) => n + 1);
    } catch {
      setFormError(unreachable);
      setFocusRequest((n) => n + 1);
    }
    setPending(false);
  }

  return { values, update, errors, errorList, formError, pending, onSubmit, formRef };
}
