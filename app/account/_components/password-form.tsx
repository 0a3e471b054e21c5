'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/passwords';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/common';
import { passwordChangeInput } from '@/lib/validation/users';
import { changePasswordAction } from '../actions';

/** Current password, the new one twice; then a fresh sign-in with the new one. */
export function PasswordForm() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const values = Object.fromEntries(new FormData(form));
    const parsed = passwordChangeInput.safeParse(values);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    setFailure(null);
    if (!parsed.success) return;
    setBusy(true);
    const result = await changePasswordAction(values);
    setBusy(false);
    if (result.ok) {
      // Every session ended with the change, this one too: a full load of the sign-in page,
      // so nothing of the old session stays in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign('/sign-in?changed=1');
      return;
    }
    setErrors(result.fieldErrors ?? {});
    if (!result.fieldErrors) setFailure(result.error);
  }

  return (
    <section
      aria-labelledby="password-heading"
      className="rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
        Change your password
      </h2>
      <form
        noValidate
        aria-labelledby="password-heading"
        className="mt-4 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        {failure ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
            {failure}
          </p>
        ) : null}
        <Field id="currentPassword" label="Current password" error={errors.currentPassword}>
          {(control) => (
            <input
              {...control}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
            />
          )}
        </Field>
        <Field
          id="newPassword"
          label="New password"
          error={errors.newPassword}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        >
          {(control) => (
            <input {...control} name="newPassword" type="password" autoComplete="new-password" />
          )}
        </Field>
        <Field id="confirmPassword" label="New password again" error={errors.confirmPassword}>
          {(control) => (
            <input
              {...control}
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
            />
          )}
        </Field>
        <p className="text-sm text-slate-600">
          You will be signed out everywhere and sign in again with the new password.
        </p>
        <Button type="submit" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </Button>
      </form>
    </section>
  );
}
