'use client';

import { OfficialDuplicates } from '@/components/entity-form/found-duplicates';
import { Button } from '@/components/ui/button';
import { participantDetail } from '@/lib/meeting-form-values';
import type { OfficialDuplicate } from '@/lib/queries/duplicates';
import type { CreatedOfficial } from './new-official-panel';
import type { OfficialDraft } from './official-draft';

export interface PanelDuplicatesProps {
  draft: OfficialDraft;
  /** The meeting's day: a suggestion shows the position held then. */
  date: string | null;
  /** Officials already in the meeting. */
  excludeIds?: ReadonlySet<number>;
  countryName: (code: string) => string;
  /** "Use this one": the existing official joins the meeting instead of a new record. */
  onUse: (official: CreatedOfficial) => void;
  pending: boolean;
}

/**
 * "Possible duplicate: Kairat Umarov (Kazakhstan …) — Use this one / Create anyway" under the
 * name in the "New official" dialog.
 */
export function PanelDuplicates({
  draft,
  date,
  excludeIds,
  countryName,
  onUse,
  pending,
}: PanelDuplicatesProps) {
  function use(o: OfficialDuplicate) {
    const code = o.countryCode ?? o.organizationCountryCode;
    onUse({
      id: o.id,
      displayName: o.displayName,
      title: o.title ?? '',
      organizationId: o.organizationId,
      detail: participantDetail(o.organizationName, code ? countryName(code) : null),
    });
  }
  return (
    <OfficialDuplicates
      name={draft.displayName}
      countryCode={draft.countryCode}
      date={date}
      countryName={countryName}
      actions={(o) =>
        excludeIds?.has(o.id) ? (
          <span className="text-xs font-medium">Already in this meeting</span>
        ) : (
          <Button
            variant="secondary"
            className="py-1"
            aria-label={`Use this one: ${o.displayName}`}
            onClick={() => use(o)}
          >
            Use this one
          </Button>
        )
      }
      footer={
        <div className="flex flex-wrap items-center gap-3">
          <p>A different person with a similar name?</p>
          <Button type="submit" variant="secondary" className="py-1" disabled={pending}>
            Create anyway
          </Button>
        </div>
      }
    />
  );
}
