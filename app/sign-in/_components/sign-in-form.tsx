'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/common';
import { signInInput } from '@/lib/validation/users';

export interface SignInFormProps {
  /** Where to go once signed in (a local path). */
  next: string;
}

/** Why better-auth refused, in words for the person at the keyboard. */
async function refusalOf(response: Response): Promise<string> {
  if (response.status === 401) return 'That email and password do not match an account.';
  if (response.status === 429) {
    const wait = Number(response.headers.get('x-retry-after')) || 60;
    return `Too many sign-in attempts. Wait ${wait} seconds and try again.`;
  }
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  if (response.status === 403 && body?.message) return body.message;
  return 'Parley could not sign you in just now. Please try again.';
}

/**
 * Email and password, checked by better-auth (POST /api/auth/sign-in/email), which sets the
 * session cookie; then a full page load of `next`, rendered as the signed-in user.
 */
export function SignInForm({ next }: SignInFormProps) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const values = Object.fromEntries(new FormData(form));
    const parsed = signInInput.safeParse(values);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    setRefusal(null);
    if (!parsed.success) return;
    setBusy(true);
    try {
      const response = await fetch('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...parsed.data, rememberMe: true }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      setRefusal(await refusalOf(response));
    } catch {
      setRefusal('Parley could not be reached. Check your connection and try again.');
    }
    setBusy(false);
  }

  return (
    <form
      noValidate
      aria-label="Sign in"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
      className="space-y-4"
    >
      {refusal ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
          {refusal}
        </p>
      ) : null}
      <Field id="email" label="Email" error={errors.email}>
        {(control) => (
          <input {...control} name="email" type="email" autoComplete="username" required />
        )}
      </Field>
      <Field id="password" label="Password" error={errors.password}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      <Button type="submit" disabled={busy} className="w-full">
        {busy ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
