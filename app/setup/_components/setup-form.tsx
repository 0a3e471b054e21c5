'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/passwords';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/common';
import { firstAdminInput } from '@/lib/validation/users';
import { createFirstAdminAction } from '../actions';

/** Name, email and password of the first administrator. */
export function SetupForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const values = Object.fromEntries(new FormData(form));
    const parsed = firstAdminInput.safeParse(values);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    setFailure(null);
    if (!parsed.success) return;
    setBusy(true);
    const result = await createFirstAdminAction(values);
    setBusy(false);
    if (result.ok) {
      router.replace('/sign-in?created=1');
      return;
    }
    setErrors(result.fieldErrors ?? {});
    setFailure(result.error);
  }

  return (
    <form
      noValidate
      aria-label="First administrator"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
      className="space-y-4"
    >
      {failure ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
          {failure}
        </p>
      ) : null}
      <Field id="name" label="Your name" error={errors.name} required>
        {(control) => <input {...control} name="name" autoComplete="name" />}
      </Field>
      <Field id="email" label="Email" error={errors.email} required>
        {(control) => <input {...control} name="email" type="email" autoComplete="username" />}
      </Field>
      <Field
        id="password"
        label="Password"
        error={errors.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        required
      >
        {(control) => (
          <input {...control} name="password" type="password" autoComplete="new-password" />
        )}
      </Field>
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? 'Creating…' : 'Create the administrator'}
      </Button>
    </form>
  );
}
