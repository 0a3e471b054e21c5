import type { ReactNode } from 'react';
import { MergeCard } from './merge-card';
import { MergeConfirm, type MergeConfirmProps } from './merge-confirm';
import { type MergeKind, MergePicker } from './merge-picker';

/** One side of a merge as the screen shows it. */
export interface MergeSide {
  id: number;
  version: number;
  name: string;
  href: string;
  facts: ReadonlyArray<{ term: string; value: ReactNode }>;
}

export interface MergeScreenProps {
  kind: MergeKind;
  /** '/officials/merge' */
  path: string;
  /** The ids in the address, and the live records they name (null when gone). */
  keepId: number | null;
  dropId: number | null;
  keep: MergeSide | null;
  drop: MergeSide | null;
  /** What the merge will do, in plain sentences, for the pair shown. */
  effects: ReactNode[];
  action: MergeConfirmProps['action'];

  queryKeys: string[];
}

function Problem({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      {children}
    </p>
  );
}

/**
 * The merge screen of officials, organizations or topics: both records picked with type-aheads,
 * shown side by side, what the merge will do, and the confirmation.
 */
export function MergeScreen(props: MergeScreenProps) {
  const { kind, path, keep, drop } = props;
  const missing = (id: number | null, record: MergeSide | null) => id !== null && !record;
  const pair = keep && drop && keep.id !== drop.id ? { keep, drop } : null;
  return (
    <div className="space-y-6">
      <MergePicker
        key={`${keep?.id ?? 0}-${drop?.id ?? 0}`}
        kind={kind}
        path={path}
        keep={keep && { id: keep.id, label: keep.name }}
        drop={drop && { id: drop.id, label: drop.name }}
      />
      {missing(props.keepId, keep) || missing(props.dropId, drop) ? (
        <Problem>
          {missing(props.keepId, keep)
            ? `No ${kind} ${props.keepId} to keep`
            : `No ${kind} ${props.dropId} to merge`}{' '}
          exists any more: it may have been deleted or merged already. Choose another.
        </Problem>
      ) : null}
      {keep && drop && keep.id === drop.id ? (
        <Problem>Choose two different {kind}s.</Problem>
      ) : null}
      {!keep || !drop ? (
        <p className="text-sm text-slate-600">
          Choose both records to see them side by side before merging.
        </p>
      ) : null}
      {pair ? (
        <>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            <MergeCard
              side="keep"
              name={pair.keep.name}
              href={pair.keep.href}
              swapHref={`${path}?keep=${pair.drop.id}&drop=${pair.keep.id}`}
              facts={pair.keep.facts}
            />
            <MergeCard
              side="drop"
              name={pair.drop.name}
              href={pair.drop.href}
              swapHref={`${path}?keep=${pair.drop.id}&drop=${pair.keep.id}`}
              facts={pair.drop.facts}
            />
          </div>
          <section
            aria-labelledby="merge-effects-heading"
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs sm:p-6"
          >
            <h2 id="merge-effects-heading" className="text-base font-semibold text-slate-900">
              What the merge does
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {props.effects.map((effect, i) => (
                <li key={i}>{effect}</li>
              ))}
            </ul>
            <div className="mt-5 flex flex-wrap items-center gap-3">
              <MergeConfirm
                what={kind}
                keep={{ id: pair.keep.id, version: pair.keep.version, name: pair.keep.name }}
                drop={{ id: pair.drop.id, version: pair.drop.version, name: pair.drop.name }}
                action={props.action}
                redirectTo={pair.keep.href}
                queryKeys={props.queryKeys}
              />
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
