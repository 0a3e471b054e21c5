import type Database from 'better-sqlite3';
import { countryName } from '@/lib/countries';
import { foldText, searchKey, slugify } from '@/lib/text';
import { isoOf, toDay } from './calendar';
import { COUNTRIES, type DemoCountry, OTHER_MINISTRIES, ofCountry } from './lists/countries';
import { INTERNATIONAL_ORGANIZATIONS } from './lists/organizations';
import { TOPIC_TREE, TOPICS } from './lists/topics';
import { type Rng, Weighted } from './random';
import { insertedId, type Statements } from './sql';

export interface RosterOrg {
  id: number;
  name: string;
  acronym: string | null;
  countryCode: string | null;
  /** Where meetings with it take place: its seat, or the capital of its country. */
  city: string | null;
  country: string | null;
  venue: string | null;
  topicIds: number[];
}

export interface RosterPosition {
  orgId: number | null;
  title: string;
  /** Day numbers, inclusive; ±Infinity when open. */
  start: number;
  end: number;
}

export interface RosterOfficial {
  id: number;
  displayName: string;
  /** The name titles use: "Umarov", "Wang". */
  family: string;
  /** Aliases joined by spaces, as the search index writes them. */
  aliasText: string;
  countryCode: string | null;
  /** A country code, or `io:<organization id>` for international civil servants. */
  side: string;
  weight: number;
  positions: RosterPosition[];
  /** Country of posting, for ambassadors. */
  postedTo: string | null;
}

/** A demo country with the ids of its foreign ministry and other ministries. */
export type DemoCountryOrgs = DemoCountry & {
  mfaId: number;
  ministries: Array<{ orgId: number; title: string }>;
};

export interface RosterTopic {
  id: number;
  name: string;
  category: string;
}

/** The people, organizations and topics that generated meetings draw on, with their ids. */
export interface Roster {
  orgs: Map<number, RosterOrg>;
  orgByKey: Map<string, RosterOrg>;
  officials: RosterOfficial[];
  everyone: Weighted<RosterOfficial>;
  stateOfficials: Weighted<RosterOfficial>;
  ioOfficials: Weighted<RosterOfficial>;
  bySide: Map<string, Weighted<RosterOfficial>>;
  countries: Map<string, DemoCountryOrgs>;
  topics: Map<number, RosterTopic>;
  topicIdByName: Map<string, number>;
  categories: Weighted<{ name: string; topicIds: number[] }>;
}

/** Organizations by folded name and by acronym, for reuse instead of duplication. */
export function orgKey(nameOrAcronym: string): string {
  return foldText(nameOrAcronym);
}

/** Inserts the demo topic tree, reusing topics that exist already (matched by slug). */
export function ensureTopics(sqlite: Database.Database, st: Statements, createdAt: number) {
  const rows = sqlite
    .prepare('select id, name, slug from topics where deleted_at is null order by id')
    .all() as Array<{ id: number; name: string; slug: string }>;
  const existing = new Map(rows.map((t) => [t.slug, t]));
  const topics = new Map<number, RosterTopic>();
  const idBySlug = new Map<string, number>();
  for (const t of TOPICS) {
    const slug = slugify(t.name);
    const found = existing.get(slug);
    const parentId = t.parent ? (idBySlug.get(slugify(t.parent)) ?? null) : null;
    const id = found?.id ?? insertedId(st.topic, t.name, slug, parentId, createdAt, createdAt);
    idBySlug.set(slug, id);
    topics.set(id, { id, name: found?.name ?? t.name, category: t.category });
  }
  const topicIdByName = new Map([...topics.values()].map((t) => [slugify(t.name), t.id]));
  const categories = new Weighted(
    TOPIC_TREE.map((c) => ({
      name: c.name,
      topicIds: [...topics.values()].filter((t) => t.category === c.name).map((t) => t.id),
    })),
    (c) => TOPIC_TREE.find((t) => t.name === c.name)!.weight,
  );
  return { topics, topicIdByName, categories };
}

/** The id of each named topic; a name missing from the tree is a bug in the data lists. */
export function topicIdsOf(names: readonly string[], byName: Map<string, number>): number[] {
  return names.map((n) => {
    const id = byName.get(slugify(n));
    if (id === undefined) throw new Error(`Demo data names an unknown topic: ${n}`);
    return id;
  });
}

/**
 * Inserts the international organizations and each country's ministries, reusing any that
 * exist (the seed article's UN, UNODC, OSCE, Kazakh and Austrian ministries…).
 */
export function ensureOrganizations(
  sqlite: Database.Database,
  st: Statements,
  rng: Rng,
  createdAt: number,
  topicIdByName: Map<string, number>,
) {
  const orgs = new Map<number, RosterOrg>();
  const orgByKey = new Map<string, RosterOrg>();
  const rows = sqlite
    .prepare(
      'select id, name, acronym, country_code as countryCode from organizations where deleted_at is null order by id',
    )
    .all() as Array<{
    id: number;
    name: string;
    acronym: string | null;
    countryCode: string | null;
  }>;
  const existing = new Map(rows.map((r) => [orgKey(r.name), r]));
  const remember = (org: RosterOrg) => {
    orgs.set(org.id, org);
    orgByKey.set(orgKey(org.name), org);
    if (org.acronym) orgByKey.set(orgKey(org.acronym), org);
  };
  const ensure = (
    o: { name: string; acronym?: string | null; kind: string; countryCode: string | null },
    parentId: number | null,
    aliases: string[],
  ): number => {
    const found = existing.get(orgKey(o.name));
    if (found) return found.id;
    const keys = searchKey([o.name, o.acronym, ...aliases]);
    const args = [
      o.name,
      o.acronym ?? null,
      o.kind,
      o.countryCode,
      parentId,
      JSON.stringify(aliases),
    ];
    return insertedId(st.organization, ...args, keys, createdAt, createdAt);
  };
  for (const io of INTERNATIONAL_ORGANIZATIONS) {
    const parentId = io.parent ? orgByKey.get(orgKey(io.parent))!.id : null;
    const id = ensure(
      { name: io.name, acronym: io.acronym, kind: 'international', countryCode: null },
      parentId,
      io.aliases ?? [],
    );
    remember({
      id,
      name: io.name,
      acronym: io.acronym,
      countryCode: null,
      city: io.city,
      country: io.country,
      venue: io.venue ?? null,
      topicIds: topicIdsOf(io.topics, topicIdByName),
    });
  }
  const countries = new Map<string, DemoCountryOrgs>();
  for (const c of COUNTRIES) {
    const of = ofCountry(c.code, countryName(c.code));
    const at = { city: c.capital, country: c.code, venue: null, topicIds: [] };
    const mfaName = c.mfa ?? `Ministry of Foreign Affairs of ${of}`;
    const mfaId = ensure({ name: mfaName, kind: 'ministry', countryCode: c.code }, null, []);
    remember({ id: mfaId, name: mfaName, acronym: null, countryCode: c.code, ...at });
    const ministries = ministriesOf(c, rng).map(([prefix, minister]) => {
      const [name, title] = c.ministryNames?.[prefix] ?? [`${prefix} of ${of}`, minister];
      const id = ensure({ name, kind: 'ministry', countryCode: c.code }, null, []);
      remember({ id, name, acronym: null, countryCode: c.code, ...at });
      return { orgId: id, title };
    });
    countries.set(c.code, { ...c, mfaId, ministries });
  }
  return { orgs, orgByKey, countries };
}

/** The ministries besides foreign affairs that a country has in the demo: more for big ones. */
export function ministriesOf(c: DemoCountry, rng: Rng): ReadonlyArray<readonly [string, string]> {
  const count = c.weight >= 10 ? 4 : c.weight >= 2 ? 2 : 1;
  const start = Math.floor(rng() * OTHER_MINISTRIES.length);
  return Array.from(
    { length: count },
    (_, i) => OTHER_MINISTRIES[(start + i) % OTHER_MINISTRIES.length]!,
  );
}

/** Loads officials already in the database (the seed article's) with their positions. */
export function existingOfficials(
  sqlite: Database.Database,
  orgs: Map<number, RosterOrg>,
  weightOfSide: (side: string) => number,
): RosterOfficial[] {
  const people = sqlite
    .prepare(
      `select id, display_name as displayName, sort_name as sortName, aliases, country_code as countryCode
       from officials where deleted_at is null order by id`,
    )
    .all() as Array<{
    id: number;
    displayName: string;
    sortName: string;
    aliases: string;
    countryCode: string | null;
  }>;
  const positions = sqlite
    .prepare(
      `select official_id as officialId, organization_id as orgId, title, start_date as start,
         end_date as end from positions where deleted_at is null order by id`,
    )
    .all() as Array<{
    officialId: number;
    orgId: number | null;
    title: string;
    start: string | null;
    end: string | null;
  }>;
  return people.map((p) => {
    const own = positions
      .filter((q) => q.officialId === p.id)
      .map((q) => ({
        orgId: q.orgId,
        title: q.title,
        start: q.start ? toDay(q.start) : -Infinity,
        end: q.end ? toDay(q.end) : Infinity,
      }));
    const orgId = own.at(-1)?.orgId ?? null;
    const side = p.countryCode ?? (orgId && orgs.has(orgId) ? `io:${orgId}` : `person:${p.id}`);
    return {
      id: p.id,
      displayName: p.displayName,
      family: p.sortName.split(',')[0]!.trim(),
      aliasText: (JSON.parse(p.aliases) as string[]).join(' '),
      countryCode: p.countryCode,
      side,
      weight: 2.5 * weightOfSide(side),
      positions: own,
      postedTo: null,
    };
  });
}

/** Writes an official and their positions; returns the official's id. */
export function insertOfficial(
  st: Statements,
  o: Omit<RosterOfficial, 'id' | 'aliasText'> & { aliases: string[]; sortName: string },
  createdAt: number,
): number {
  const keys = searchKey([o.displayName, ...o.aliases]);
  const aliases = JSON.stringify(o.aliases);
  const id = insertedId(
    st.official,
    o.displayName,
    o.sortName,
    aliases,
    o.countryCode,
    keys,
    createdAt,
    createdAt,
  );
  for (const p of o.positions) {
    const start = Number.isFinite(p.start) ? isoOf(p.start) : null;
    const end = Number.isFinite(p.end) ? isoOf(p.end) : null;
    st.position.run(id, p.orgId, p.title, start, end, createdAt, createdAt);
  }
  return id;
}
