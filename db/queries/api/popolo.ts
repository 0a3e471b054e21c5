import { inArray, sql } from 'drizzle-orm';
import type { PopoloLookup, PopoloOrganizationRow } from '@/lib/export/popolo';
import type { DbOrTx } from '../../client';
import { events, officials, positions } from '../../schema';
import { treeCte } from '../../sql/tree';

/**
 * The records the Popolo export looks up by id. Soft-deleted officials and organizations are
 * included on purpose: a meeting that names them still refers to them.
 */
export function popoloLookup(db: DbOrTx): PopoloLookup {
  return {
    officials: (ids) =>
      db
        .select({
          id: officials.id,
          displayName: officials.displayName,
          sortName: officials.sortName,
          aliases: officials.aliases,
          countryCode: officials.countryCode,
          wikidataId: officials.wikidataId,
          createdAt: officials.createdAt,
          updatedAt: officials.updatedAt,
        })
        .from(officials)
        .where(inArray(officials.id, ids))
        .orderBy(officials.sortName, officials.id),
    positionsOf: (officialIds) =>
      db
        .select({
          id: positions.id,
          officialId: positions.officialId,
          organizationId: positions.organizationId,
          title: positions.title,
          startDate: positions.startDate,
          endDate: positions.endDate,
        })
        .from(positions)
        .where(
          sql`${inArray(positions.officialId, officialIds)} and ${positions.deletedAt} is null`,
        )
        .orderBy(positions.officialId, positions.id),
    organizationsWithAncestors: async (ids) => {
      const rows = await db.all<{
        id: number;
        name: string;
        acronym: string | null;
        aliases: string;
        kind: PopoloOrganizationRow['kind'];
        country_code: string | null;
        parent_id: number | null;
        website: string | null;
        created_at: number;
        updated_at: number;
      }>(sql`
        with recursive ${treeCte('up', 'organizations', { direction: 'up', from: ids, liveOnly: false })}
        select o.id, o.name, o.acronym, o.aliases, o.kind, o.country_code, o.parent_id,
          o.website, o.created_at, o.updated_at
        from organizations o join up on o.id = up.id
        order by o.id`);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        acronym: r.acronym,
        aliases: parseAliases(r.aliases),
        kind: r.kind,
        countryCode: r.country_code,
        parentId: r.parent_id,
        website: r.website,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
    },
    events: (ids) =>
      db
        .select({
          id: events.id,
          name: events.name,
          description: events.description,
          startDate: events.startDate,
          endDate: events.endDate,
          venue: events.venue,
          city: events.city,
          countryCode: events.countryCode,
          organizerId: events.organizerId,
        })
        .from(events)
        .where(inArray(events.id, ids))
        .orderBy(events.startDate, events.id),
  };
}

function parseAliases(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
