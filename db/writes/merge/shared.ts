import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { MergeInput } from '@/lib/validation/entities';
import type { DbOrTx } from '../../client';
import { DomainError, notFound } from '../../errors';
import { meetings, type Participant, participants } from '../../schema';
import { type ParticipantRole } from '@/lib/domain/vocabularies';
import type { Actor } from '../audit';
import { entityTables, isSelfOrAncestor, unixNow } from '../lifecycle';
import { reindexMeetingsIn } from '../search-index';

type MergeKind = 'official' | 'organization' | 'topic';

interface Versioned {
  version: number;
  deletedAt: number | null;
}

/**
 * Checks the two records of a merge: both live (404 naming which is gone) and both still at the
 * version the merge screen showed (409: someone changed one of them in between).
 */
export function checkPair<T extends Versioned>(
  kind: MergeKind,
  keep: T | undefined,
  drop: T | undefined,
  input: MergeInput,
): { keep: T; drop: T } {
  const { label } = entityTables[kind];
  if (!keep || keep.deletedAt !== null) throw notFound(`${label} to keep`);
  if (!drop || drop.deletedAt !== null) throw notFound(`${label} to merge`);
  if (keep.version !== input.keepVersion || drop.version !== input.dropVersion) {
    throw new DomainError(
      'conflict',
      `Someone changed one of these ${kind}s since you opened this page. Reload to see them as they are now, then merge.`,
    );
  }
  return { keep, drop };
}

/**
 * The kept record's other names after a merge: its own, then the dropped record's names, each
 * once (case ignored), never one of its `taken` names (main name, acronym). Spelling variants
 * stay: they are what people type.
 */
export function mergedNames(
  taken: ReadonlyArray<string | null>,
  own: readonly string[],
  incoming: ReadonlyArray<string | null | undefined>,
): string[] {
  const seen = new Set(taken.flatMap((t) => (t ? [t.trim().toLowerCase()] : [])));
  const out: string[] = [];
  for (const name of [...own, ...incoming]) {
    const trimmed = name?.trim();
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  }
  return out;
}

/** Two texts kept together, each once: notes or descriptions of both records. */
export function joinedText(a: string | null, b: string | null): string | null {
  if (!a || !b || a.trim() === b.trim()) return a || b || null;
  return `${a}\n\n${b}`;
}

/** Soft-deletes the dropped record and points it at the kept one (its pages lead there). */
export function retire(tx: DbOrTx, kind: MergeKind, dropId: number, keepId: number, actor: Actor) {
  const now = unixNow();
  tx.run(sql`
    update ${sql.identifier(entityTables[kind].table)}
    set deleted_at = ${now}, merged_into_id = ${keepId}, updated_at = ${now},
      updated_by = ${actor.userId}, version = version + 1
    where id = ${dropId}`);
}

/**
 * Moves the dropped record's children under the kept one. When the kept record sat under the
 * dropped one, it first takes the dropped one's place, so no loop can form.
 */
export function adoptChildren(
  tx: DbOrTx,
  table: 'organizations' | 'topics',
  keepId: number,
  drop: { id: number; parentId: number | null },
  actor: Actor,
): void {
  const now = unixNow();
  const name = sql.identifier(table);
  if (isSelfOrAncestor(tx, table, keepId, drop.id)) {
    tx.run(sql`update ${name} set parent_id = ${drop.parentId} where id = ${keepId}`);
  }
  tx.run(sql`
    update ${name}
    set parent_id = ${keepId}, updated_at = ${now}, updated_by = ${actor.userId},
      version = version + 1
    where parent_id = ${drop.id} and id <> ${keepId}`);
}

/**
 * The parent the kept record ends up with: its own, else the dropped record's when that makes
 * no loop (a parent link is information a merge must not lose).
 */
export function keptParent(
  tx: DbOrTx,
  table: 'organizations' | 'topics',
  keepId: number,
  currentParent: number | null,
  dropParent: number | null,
): number | null {
  if (currentParent !== null || dropParent === null) return currentParent;
  return isSelfOrAncestor(tx, table, dropParent, keepId) ? null : dropParent;
}

type ParticipantFields = Pick<
  Participant,
  'role' | 'title' | 'organizationId' | 'countryCode' | 'sortOrder'
>;

const roleRank: Record<ParticipantRole, number> = { host: 3, head: 2, observer: 1, member: 0 };

/** Of two participant rows for one person at one meeting, the more informative of each field. */
export function mergedParticipant(keep: ParticipantFields, drop: ParticipantFields) {
  const titles = [keep.title, drop.title].filter((t): t is string => Boolean(t?.trim()));
  return {
    role: roleRank[drop.role] > roleRank[keep.role] ? drop.role : keep.role,
    // The longer title is the more specific one ("First Deputy Foreign Minister").
    title: titles.sort((a, b) => b.length - a.length)[0] ?? null,
    organizationId: keep.organizationId ?? drop.organizationId,
    countryCode: keep.countryCode ?? drop.countryCode,
    sortOrder: Math.min(keep.sortOrder, drop.sortOrder),
  };
}

/** Rewrites the search rows of these meetings, a few hundred per statement. */
export function reindexMeetingIds(tx: DbOrTx, ids: readonly number[]): void {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    reindexMeetingsIn(
      tx,
      sql`select ${meetings.id} from ${meetings} where ${inArray(meetings.id, chunk)}`,
    );
  }
}

/**
 * Folds the dropped record's participant row into the kept record's row of the same meeting,
 * for each pair, so that no meeting lists the same person (or organization) twice.
 */
export function foldParticipantRows(
  tx: DbOrTx,
  pairs: ReadonlyArray<{ keepRow: number; dropRow: number }>,
): void {
  for (const { keepRow, dropRow } of pairs) {
    const keep = tx.select().from(participants).where(eq(participants.id, keepRow)).get();
    const drop = tx.select().from(participants).where(eq(participants.id, dropRow)).get();
    if (!keep || !drop) continue;
    tx.delete(participants).where(eq(participants.id, dropRow)).run();
    tx.update(participants)
      .set(mergedParticipant(keep, drop))
      .where(eq(participants.id, keepRow))
      .run();
  }
}

/**
 * Bumps the version of meetings whose participants or topics a merge rewrote: an editor who
 * loaded one before the merge must reload (409), and the facet index reads them again.
 */
export function touchMeetings(tx: DbOrTx, ids: readonly number[], actor: Actor): void {
  const now = unixNow();
  for (let i = 0; i < ids.length; i += 500) {
    tx.update(meetings)
      .set({ version: sql`${meetings.version} + 1`, updatedAt: now, updatedBy: actor.userId })
      .where(inArray(meetings.id, ids.slice(i, i + 500)))
      .run();
  }
}

/** The distinct meeting ids a `select meeting_id …` query gives. */
export function meetingIds(tx: DbOrTx, query: SQL): number[] {
  return tx
    .all<{ id: number }>(sql`select distinct meeting_id as id from (${query})`)
    .map((r) => r.id);
}
