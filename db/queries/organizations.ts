import type { Viewer } from '@/lib/domain/viewer';
import { visibleMeetingAs } from './visibility';
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { emptyFilters } from '@/lib/filters';
import { foldText } from '@/lib/text';
import type { DbOrTx } from '../client';
import { officials, organizations, positions } from '../schema';
import { type OrganizationKind } from '@/lib/domain/vocabularies';
import { tallyMeetings } from './aggregates';
import { type PageRequest, resolvePage } from './paging';
import { containsWord } from './sql';
import { treeCte } from '../sql/tree';

/** Organizations whose name, acronym or an alias contains every word of `query`. */
export async function searchOrganizations(db: DbOrTx, query: string, limit = 10) {
  const words = foldText(query).split(' ').filter(Boolean);
  return db
    .select({
      id: organizations.id,
      name: organizations.name,
      acronym: organizations.acronym,
      kind: organizations.kind,
      countryCode: organizations.countryCode,
    })
    .from(organizations)
    .where(
      and(
        isNull(organizations.deletedAt),
        ...words.map((w) => containsWord(organizations.searchKey, w)),
      ),
    )
    .orderBy(asc(organizations.name))
    .limit(limit);
}

/** Every live organization by name, for a choice of organization in a list's filters. */
export async function listOrganizationOptions(db: DbOrTx) {
  return db
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(isNull(organizations.deletedAt))
    .orderBy(asc(organizations.name), asc(organizations.id));
}

/**
 * Live meetings in which each organization or any organization under it took part, keyed by
 * organization id (absent when none).
 */
async function meetingCountsOf(db: DbOrTx, viewer: Viewer, organizationIds: number[]) {
  if (!organizationIds.length) return new Map<number, number>();
  // CROSS JOIN fixes the join order (SQLite's rule): from the few organizations in the tree to
  // their participants by index, rather than a pass over every participant.
  const rows = await db.all<{ root: number; n: number }>(sql`
    with recursive ${treeCte('tree', 'organizations', { direction: 'down', from: organizationIds, liveOnly: true, withRoot: true })}
    select tree.root as root, count(distinct p.meeting_id) as n
    from tree
    cross join participants p on p.organization_id = tree.id
    cross join meetings m on m.id = p.meeting_id and ${visibleMeetingAs(viewer, 'm')}
    group by tree.root`);
  return new Map(rows.map((r) => [r.root, r.n]));
}

/** What the organizations list can be narrowed to (lib/validation/profile-lists.ts). */
export interface OrganizationListFilters {
  /** Words that must all appear in the name, acronym or an alias (case and accents ignored). */
  q?: string;
  kind?: OrganizationKind;
  country?: string;
}

/**
 * One page of live organizations by name, narrowed by `filters`, with their parent and the
 * number of meetings they or their sub-organizations took part in (= countMeetings of
 * `{ organization: [id] }`).
 */
export async function listOrganizations(
  db: DbOrTx,
  viewer: Viewer,
  request: PageRequest,
  { q, kind, country }: OrganizationListFilters = {},
) {
  const words = foldText(q ?? '')
    .split(' ')
    .filter(Boolean);
  const where = and(
    isNull(organizations.deletedAt),
    ...words.map((w) => containsWord(organizations.searchKey, w)),
    kind ? eq(organizations.kind, kind) : undefined,
    country ? eq(organizations.countryCode, country) : undefined,
  );
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(organizations)
    .where(where);
  const { offset, ...info } = resolvePage(total, request);
  const parent = alias(organizations, 'parent');
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      acronym: organizations.acronym,
      kind: organizations.kind,
      countryCode: organizations.countryCode,
      parentId: parent.id,
      parentName: parent.name,
      parentAcronym: parent.acronym,
    })
    .from(organizations)
    .leftJoin(parent, and(eq(parent.id, organizations.parentId), isNull(parent.deletedAt)))
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(info.pageSize)
    .offset(offset);
  // The organization tally over every meeting (sub-organizations included, as the filter
  // reads it): one pass, remembered until the database changes, where a count per row re-walked
  // each tree.
  const tallies = await tallyMeetings(db, viewer, emptyFilters, 'organization');
  const counts = new Map(tallies.map((t) => [Number(t.value), t.count]));
  return {
    ...info,
    organizations: rows.map((r) => ({ ...r, meetingCount: counts.get(r.id) ?? 0 })),
  };
}

/**
 * A live organization with its parent, direct sub-organizations and the officials who held
 * positions there (current ones first), or null.
 */
export async function getOrganization(db: DbOrTx, viewer: Viewer, id: number) {
  const [organization] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), isNull(organizations.deletedAt)));
  if (!organization) return null;
  const [parent] = organization.parentId
    ? await db
        .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
        .from(organizations)
        .where(and(eq(organizations.id, organization.parentId), isNull(organizations.deletedAt)))
    : [];
  const children = await db
    .select({ id: organizations.id, name: organizations.name, acronym: organizations.acronym })
    .from(organizations)
    .where(and(eq(organizations.parentId, id), isNull(organizations.deletedAt)))
    .orderBy(asc(organizations.name));
  const people = await db
    .select({
      positionId: positions.id,
      officialId: officials.id,
      displayName: officials.displayName,
      countryCode: officials.countryCode,
      title: positions.title,
      startDate: positions.startDate,
      endDate: positions.endDate,
    })
    .from(positions)
    .innerJoin(officials, eq(officials.id, positions.officialId))
    .where(
      and(
        eq(positions.organizationId, id),
        isNull(positions.deletedAt),
        isNull(officials.deletedAt),
      ),
    )
    .orderBy(sql`${positions.endDate} is not null`, asc(officials.sortName), desc(positions.id));
  const counts = await meetingCountsOf(db, viewer, [id]);
  return {
    ...organization,
    parent: parent ?? null,
    children,
    officials: people,
    meetingCount: counts.get(id) ?? 0,
  };
}

export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof getOrganization>>>;
