import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  type PopoloLookup,
  type PopoloOrganizationRow,
  type PopoloPersonRow,
  popoloChunks,
} from './popolo';
import { collect, sampleMeeting } from './testing';

const schemaDir = path.join(__dirname, 'popolo-schemas');

/**
 * The published Popolo schemas are draft-03, which Ajv does not read: turn `"required": true` on a
 * property into the parent's `required` list and `id` into `$id` (draft-07), nothing else.
 */
function fromDraft03(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromDraft03);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') out.$schema = 'http://json-schema.org/draft-07/schema#';
    else if (key === 'id' && typeof value === 'string') out.$id = value;
    else if (key === 'required' && typeof value === 'boolean') continue;
    else out[key] = fromDraft03(value);
  }
  const props = (node as { properties?: Record<string, { required?: unknown }> }).properties;
  const required = Object.entries(props ?? {}).flatMap(([k, v]) =>
    v.required === true ? [k] : [],
  );
  if (required.length) out.required = required;
  return out;
}

function popoloValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(
      fromDraft03(JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8'))) as object,
    );
  }
  return (name: string, value: unknown) => {
    const validate = ajv.getSchema(`http://www.popoloproject.com/schemas/${name}.json#`);
    if (!validate) throw new Error(`No schema ${name}`);
    return validate(value)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

const person = (id: number, displayName: string, extra: Partial<PopoloPersonRow> = {}) => ({
  id,
  displayName,
  sortName: displayName.split(' ').reverse().join(', '),
  aliases: [],
  countryCode: null,
  wikidataId: null,
  createdAt: 1_700_000_000,
  updatedAt: 1_700_000_000,
  ...extra,
});

const organization = (
  id: number,
  name: string,
  extra: Partial<PopoloOrganizationRow> = {},
): PopoloOrganizationRow => ({
  id,
  name,
  acronym: null,
  aliases: [],
  kind: 'ministry',
  countryCode: null,
  parentId: null,
  website: null,
  createdAt: 1_700_000_000,
  updatedAt: 1_700_000_000,
  ...extra,
});

/** The records behind sampleMeeting(): the OSCE sits under a parent to test ancestors. */
const lookup: PopoloLookup = {
  officials: async (ids) =>
    [
      person(5, 'Kairat Umarov', {
        countryCode: 'KZ',
        aliases: ['Kayrat Umarov'],
        wikidataId: 'Q123',
      }),
      person(6, 'Helga Schmid'),
    ].filter((p) => ids.includes(p.id)),
  positionsOf: async (ids) =>
    [
      {
        id: 1,
        officialId: 5,
        organizationId: 7,
        title: 'First Deputy Foreign Minister',
        startDate: '2022-01-05',
        endDate: null,
      },
      {
        id: 2,
        officialId: 6,
        organizationId: null,
        title: 'Diplomat',
        startDate: null,
        endDate: null,
      },
    ].filter((p) => ids.includes(p.officialId)),
  organizationsWithAncestors: async (ids) =>
    [
      organization(7, 'Ministry of Foreign Affairs of Kazakhstan', {
        countryCode: 'KZ',
        website: 'mfa.gov.kz',
      }),
      organization(8, 'Organization for Security and Co-operation in Europe', {
        acronym: 'OSCE',
        kind: 'international',
        parentId: 9,
        website: 'https://www.osce.org',
      }),
      organization(9, 'Umbrella', { kind: 'international' }),
      organization(10, 'United Nations', { kind: 'international' }),
    ].filter((o) => ids.includes(o.id) || (o.id === 9 && ids.includes(8))),
  events: async (ids) =>
    ids.includes(3)
      ? [
          {
            id: 3,
            name: '66th session of the Commission on Narcotic Drugs',
            description: null,
            startDate: '2023-03-13',
            endDate: '2023-03-17',
            venue: 'Vienna International Centre',
            city: 'Vienna',
            countryCode: 'AT',
            organizerId: 10,
          },
        ]
      : [],
};

describe('Popolo export', () => {
  it('is valid against the Popolo schemas, and every id it refers to is in it', async () => {
    const text = await collect(
      popoloChunks(
        [
          [sampleMeeting()],
          [
            sampleMeeting({
              id: 13,
              datePrecision: 'month',
              startDate: '2023-04-01',
              endDate: '2023-04-30',
            }),
          ],
        ],
        lookup,
      ),
    );
    const data = JSON.parse(text) as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(data).sort()).toEqual(['events', 'memberships', 'organizations', 'persons']);
    const validate = popoloValidator();
    const kinds = {
      events: 'event',
      persons: 'person',
      organizations: 'organization',
      memberships: 'membership',
    };
    for (const [key, schema] of Object.entries(kinds)) {
      for (const item of data[key] ?? [])
        expect(validate(schema, item), `${key} ${String(item.id)}`).toEqual([]);
    }

    const ids = (key: string) => new Set((data[key] ?? []).map((x) => x.id));
    const persons = ids('persons');
    const organizations = ids('organizations');
    const events = ids('events');
    expect([...persons]).toEqual(['official/5', 'official/6']);
    expect([...events]).toEqual(['meeting/12', 'meeting/13', 'event/3']);
    expect([...organizations].sort()).toEqual([
      'organization/10',
      'organization/7',
      'organization/8',
      'organization/9',
    ]);
    for (const m of data.memberships ?? []) {
      expect(persons.has(m.person_id)).toBe(true);
      expect(organizations.has(m.organization_id)).toBe(true);
    }
    for (const o of data.organizations ?? [])
      if (o.parent_id) expect(organizations.has(o.parent_id)).toBe(true);
    for (const e of data.events ?? []) {
      if (e.parent_id) expect(events.has(e.parent_id)).toBe(true);
      if (e.organization_id) expect(organizations.has(e.organization_id)).toBe(true);
      for (const a of (e.attendees ?? []) as Array<{ id: string }>)
        expect(persons.has(a.id)).toBe(true);
    }
  });

  it('maps meetings, positions and affiliations seen at meetings', async () => {
    const text = await collect(popoloChunks([[sampleMeeting()]], lookup));
    const data = JSON.parse(text);
    expect(data.events[0]).toMatchObject({
      id: 'meeting/12',
      name: 'Umarov meets Schmid on the sidelines of the CND',
      start_date: '2023-03-13',
      end_date: '2023-03-17',
      location: 'Vienna International Centre, Vienna, Austria',
      classification: 'bilateral',
      organization_id: 'organization/7',
      parent_id: 'event/3',
      attendees: [
        { id: 'official/5', name: 'Kairat Umarov' },
        { id: 'official/6', name: 'Helga Schmid' },
      ],
    });
    expect(data.persons[0]).toMatchObject({
      sort_name: 'Umarov, Kairat',
      other_names: [{ name: 'Kayrat Umarov' }],
      identifiers: [{ scheme: 'wikidata', identifier: 'Q123' }],
      national_identity: 'Kazakhstan',
    });
    // Umarov's position covers his title at the meeting; Schmid's OSCE title is only seen there.
    expect(data.memberships).toEqual([
      expect.objectContaining({ id: 'position/1', role: 'First Deputy Foreign Minister' }),
      expect.objectContaining({
        person_id: 'official/6',
        organization_id: 'organization/8',
        role: 'Secretary General',
        start_date: '2023-03-13',
        end_date: '2023-03-17',
      }),
    ]);
    const mfa = data.organizations.find((o: { id: string }) => o.id === 'organization/7');
    expect(mfa).toMatchObject({ classification: 'ministry', links: [] });
  });

  it('has a validator that catches what Popolo forbids', () => {
    const validate = popoloValidator();
    expect(validate('membership', { start_date: '13.03.2023' })).not.toEqual([]);
    expect(validate('organization', { links: [{ url: 'mfa.gov.kz' }] })).not.toEqual([]);
    expect(validate('person', { other_names: [{ note: 'no name' }] })).not.toEqual([]);
    expect(validate('event', { start_date: '2023-03-13T10:30' })).not.toEqual([]);
  });

  it('writes empty lists for an empty set', async () => {
    expect(JSON.parse(await collect(popoloChunks([], lookup)))).toEqual({
      events: [],
      persons: [],
      memberships: [],
      organizations: [],
    });
  });
});
