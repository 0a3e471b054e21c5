'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { userRoles } from '@/lib/domain/vocabularies';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain/passwords';
import { roleLabels } from '@/lib/domain/viewer';
import { fieldErrorsOf, type FieldErrors } from '@/lib/validation/common';
import { userCreateInput } from '@/lib/validation/users';
import { createUserAction } from '../actions';

/** A new account with a temporary password, which the admin hands over to the person. */
export function CreateUserForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const values = Object.fromEntries(new FormData(form));
    const parsed = userCreateInput.safeParse(values);
    setErrors(parsed.success ? {} : fieldErrorsOf(parsed.error));
    setMessage(null);
    if (!parsed.success) return;
    setBusy(true);
    const result = await createUserAction(values);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage({ ok: false, text: result.error });
      return;
    }
    form.reset();
    setMessage({
      ok: true,
      text: `${parsed.data.name} can now sign in as ${parsed.data.email} with the temporary password you chose.`,
    });
    router.refresh();
  }

  return (
    <section
      aria-labelledby="new-user"
      className="h-fit rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
    >
      <h2 id="new-user" className="text-lg font-semibold text-slate-900">
        Add a user
      </h2>
      <form
        ref={formRef}
        noValidate
        aria-labelledby="new-user"
        className="mt-4 space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        {message ? (
          <p
            role={message.ok ? 'status' : 'alert'}
            className={`rounded-md p-3 text-sm font-medium ${message.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-800'}`}
          >
            {message.text}
          </p>
        ) : null}
        <Field id="new-user-name" label="Name" error={errors.name} required>
          {(control) => <input {...control} name="name" autoComplete="off" />}
        </Field>
        <Field id="new-user-email" label="Email" error={errors.email} required>
          {(control) => <input {...control} name="email" type="email" autoComplete="off" />}
        </Field>
        <Field id="new-user-role" label="Role" error={errors.role} required>
          {(control) => (
            <select {...control} name="role" defaultValue="viewer">
              {userRoles.map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="new-user-password"
          label="Temporary password"
          error={errors.password}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Hand it over in person or by phone.`}
          required
        >
          {(control) => (
            <input {...control} name="password" type="password" autoComplete="new-password" />
          )}
        </Field>
        <Button type="submit" disabled={busy} className="w-full">
          {busy ? 'Adding…' : 'Add user'}
        </Button>
      </form>
    </section>
  );
}
