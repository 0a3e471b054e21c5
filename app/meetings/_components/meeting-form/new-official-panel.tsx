'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from '@/components/ui/button';
import { CountryCombobox, type CountryOption } from '@/components/ui/country-combobox';
import { Field } from '@/components/ui/field';
import { participantDetail } from '@/lib/meeting-form-values';
import type { FieldErrors } from '@/lib/validation/common';
import { createOfficialAction } from '../../actions';
import {
  type OfficialDraft,
  organizationLabel,
  toOfficialValues,
  validateOfficial,
} from './official-draft';
import { OrganizationPicker } from './organization-picker';
import { PanelDuplicates } from './panel-duplicates';

export interface CreatedOfficial {
  id: number;
  displayName: string;
  title: string;
  organizationId: number | null;
  detail: string;
}

export interface NewOfficialPanelProps {
  draft: OfficialDraft;
  setDraft: (update: (draft: OfficialDraft) => OfficialDraft) => void;
  countries: readonly CountryOption[];
  countryName: (code: string) => string;
  /** A new official, or an existing one chosen from the duplicate warning instead. */
  onCreated: (official: CreatedOfficial) => void;
  onClose: () => void;
  /** The meeting's day, so a suggested duplicate shows the position held then. */
  date?: string | null;
  /** Officials already in the meeting: offered as duplicates, but not to be added twice. */
  excludeIds?: ReadonlySet<number>;
}

/**
 * "New official" without leaving the form: a modal dialog (native <dialog>, so focus stays in it
 * and Escape closes it) with its own <form>, portalled out of the meeting form.
 */
export function NewOfficialPanel({
  draft,
  setDraft,
  countries,
  countryName,
  onCreated,
  onClose,
  date = null,
  excludeIds,
}: NewOfficialPanelProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const create = useMutation({ mutationFn: createOfficialAction });

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() on cleanup: unmounting removes the dialog from the top layer anyway, and a
    // close event from StrictMode's trial unmount would shut the panel as it opens.
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first focusable element; the name is where typing starts.
    dialog?.querySelector<HTMLInputElement>('#new-official-name')?.focus();
  }, []);

  useEffect(() => {
    if (!focusRequest) return;
    const dialog = dialogRef.current;
    (
      dialog?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      dialog?.querySelector<HTMLElement>('[data-dialog-alert]')
    )?.focus();
  }, [focusRequest]);

  const errors = { ...serverErrors, ...(attempted ? validateOfficial(draft) : {}) };
  const change = (patch: Partial<OfficialDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors({});
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // React bubbles events through portals: keep this submit away from the meeting form.
    event.stopPropagation();
    if (create.isPending) return;
    setAttempted(true);
    setFormError(null);
    if (Object.keys(validateOfficial(draft)).length) return setFocusRequest((n) => n + 1);
    try {
      const result = await create.mutateAsync(toOfficialValues(draft));
      if (!result.ok) {
        const fieldErrors = result.fieldErrors ?? {};
        setServerErrors(fieldErrors);
        setFormError(Object.keys(fieldErrors).length ? null : result.error);
        return setFocusRequest((n) => n + 1);
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['officials'] }),
        queryClient.invalidateQueries({ queryKey: ['organizations'] }),
      ]);
      const org = draft.newOrganization ?? draft.organization;
      const orgCountry = draft.newOrganization
        ? draft.newOrganization.countryCode
        : draft.organization?.countryCode;
      const code = draft.countryCode || orgCountry || '';
      onCreated({
        id: result.data.id,
        displayName: draft.displayName.trim(),
        title: draft.title.trim(),
        organizationId: result.data.organizationId,
        detail: participantDetail(
          org
            ? organizationLabel({ name: org.name.trim(), acronym: org.acronym?.trim() || null })
            : null,
          code ? countryName(code) : null,
        ),
      });
    } catch {
      setFormError(
        'We could not reach the server, so the official was not created. What you typed is still here: try again.',
      );
      setFocusRequest((n) => n + 1);
    }
  }

  return createPortal(
    <dialog
      ref={dialogRef}
      aria-labelledby="new-official-heading"
      onClose={onClose}
      className="m-auto max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-xl overflow-y-auto rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <form noValidate onSubmit={submit} className="p-5 sm:p-6">
        <h2 id="new-official-heading" className="text-lg font-semibold">
          New official
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Added to the directory and to this meeting’s participants.
        </p>
        <div role="alert" data-dialog-alert tabIndex={-1} className="outline-none">
          {formError ? (
            <p className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900">
              {formError}
            </p>
          ) : null}
        </div>
        <div className="mt-5 grid grid-cols-1 gap-5">
          <div>
            <Field id="new-official-name" label="Name" error={errors.displayName} required>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  value={draft.displayName}
                  onChange={(e) => change({ displayName: e.target.value })}
                />
              )}
            </Field>
            <PanelDuplicates
              draft={draft}
              date={date}
              excludeIds={excludeIds}
              countryName={countryName}
              onUse={onCreated}
              pending={create.isPending}
            />
          </div>
          <Field
            id="new-official-aliases"
            label="Other spellings"
            error={
              errors.aliases ?? Object.entries(errors).find(([k]) => k.startsWith('aliases.'))?.[1]
            }
            hint="Optional, separated by commas: transliterations, maiden names."
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.aliases}
                onChange={(e) => change({ aliases: e.target.value })}
              />
            )}
          </Field>
          <CountryCombobox
            id="new-official-country"
            countries={countries}
            value={draft.countryCode}
            onChange={(code) => change({ countryCode: code })}
            error={errors.countryCode}
            hint="The state they serve. Leave empty for international civil servants."
          />
          <OrganizationPicker
            draft={draft}
            change={change}
            errors={errors}
            countries={countries}
            countryName={countryName}
          />
          <Field
            id="new-official-title"
            label="Title"
            error={errors.title}
            hint="Their position now, e.g. Secretary General."
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.title}
                onChange={(e) => change({ title: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create official'}
          </Button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
