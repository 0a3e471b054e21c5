import { countryName } from '@/lib/countries';
import { foldText } from '@/lib/text';
import { HOME_COUNTRY, HOME_EMBASSIES } from './lists/countries';
import { MFA_DEPARTMENTS } from './lists/phrases';
import {
  NAME_GROUPS,
  NAMES,
  type NameGroup,
  type NameList,
  SPELLING_VARIANTS,
} from './lists/names';
import { INTERNATIONAL_ORGANIZATIONS } from './lists/organizations';
import { chance, int, pick, type Rng } from './random';
import {
  type DemoCountryOrgs,
  insertOfficial,
  orgKey,
  type RosterOfficial,
  type RosterOrg,
  type RosterPosition,
} from './roster';
import type { Statements } from './sql';

interface Invented {
  displayName: string;
  family: string;
  sortName: string;
  aliases: string[];
}

const split = (list: string) => list.split('|');

/** A plausible, unused name in a naming tradition (no real person is meant). */
function inventName(rng: Rng, group: NameGroup, used: Set<string>): Invented {
  const names: NameList = NAMES[group];
  for (let attempt = 0; ; attempt++) {
    const female = chance(rng, 0.3);
    const given = pick(rng, split(female ? names.female : names.male));
    const base = pick(rng, split(names.family));
    const family = female && names.feminine ? names.feminine(base) : base;
    // After many clashes, a middle initial keeps names unique in very large rosters.
    const middle = attempt > 20 ? ` ${String.fromCharCode(65 + int(rng, 0, 25))}.` : '';
    const displayName = names.familyFirst
      ? `${family} ${given}${middle}`
      : `${given}${middle} ${family}`;
    if (used.has(foldText(displayName))) continue;
    used.add(foldText(displayName));
    const aliases: string[] = [];
    const variant = SPELLING_VARIANTS[given];
    if (variant) aliases.push(displayName.replace(given, variant));
    if (names.familyFirst) aliases.push(`${given} ${family}`);
    return { displayName, family, sortName: `${family}, ${given}${middle}`, aliases };
  }
}

interface Slot {
  orgId: number;
  title: string;
  weight: number;
  postedTo?: string;
}

export interface PeopleContext {
  st: Statements;
  rng: Rng;
  countries: Map<string, DemoCountryOrgs>;
  orgByKey: Map<string, RosterOrg>;
  existing: RosterOfficial[];
  windowStart: number;
  today: number;
  /** More MFA directors per country for very large sets, so that no one has 10,000 meetings. */
  extraPerCountry: number;
  createdAt: number;
}

/**
 * Invents and writes the officials of every demo country and international organization, with
 * their positions since before the window; in about a third of the countries the foreign
 * minister changes during the window (the deputy is promoted), so titles change over time.
 */
export function createPeople(ctx: PeopleContext): RosterOfficial[] {
  const { rng, windowStart, today } = ctx;
  const used = new Set(ctx.existing.map((o) => foldText(o.displayName)));
  const out: RosterOfficial[] = [];
  const since = () => windowStart - int(rng, 60, 1500);
  const add = (
    name: Invented,
    countryCode: string | null,
    side: string,
    weight: number,
    positions: RosterPosition[],
    postedTo: string | null = null,
  ) => {
    const o = { ...name, countryCode, side, weight, positions, postedTo };
    const id = insertOfficial(ctx.st, o, ctx.createdAt);
    out.push({ ...o, id, aliasText: name.aliases.join(' ') });
  };

  for (const c of ctx.countries.values()) {
    const slots = countrySlots(c, ctx.extraPerCountry);
    const promotion = chance(rng, 0.35) ? int(rng, windowStart + 60, today - 30) : null;
    slots.forEach((slot, i) => {
      const start = since();
      let positions: RosterPosition[] = [
        { orgId: slot.orgId, title: slot.title, start, end: Infinity },
      ];
      if (promotion !== null && i === 0) {
        positions = [
          { orgId: slot.orgId, title: slot.title, start, end: promotion - 1 },
          {
            orgId: slot.orgId,
            title: 'Permanent Representative to the United Nations',
            start: promotion,
            end: Infinity,
          },
        ];
      } else if (promotion !== null && i === 1) {
        positions = [
          { orgId: slot.orgId, title: slot.title, start, end: promotion - 1 },
          {
            orgId: slot.orgId,
            title: 'Minister of Foreign Affairs',
            start: promotion,
            end: Infinity,
          },
        ];
      }
      const name = inventName(rng, c.names, used);
      add(name, c.code, c.code, slot.weight * c.weight, positions, slot.postedTo ?? null);
    });
  }

  const staffed = new Set(
    ctx.existing.flatMap((o) => o.positions.map((p) => p.orgId)).filter((id) => id !== null),
  );
  for (const io of INTERNATIONAL_ORGANIZATIONS) {
    const org = ctx.orgByKey.get(orgKey(io.name))!;
    const titles = [
      ...(io.head && !staffed.has(org.id) ? [[io.head, 3] as const] : []),
      ...(io.deputy ? [[io.deputy, 1.5] as const] : []),
    ];
    for (const [title, weight] of titles) {
      const name = inventName(rng, pick(rng, NAME_GROUPS), used);
      const positions = [{ orgId: org.id, title, start: since(), end: Infinity }];
      // International civil servants serve no state (DESIGN.md): no country of their own.
      add(name, null, `io:${org.id}`, weight * io.weight, positions);
    }
  }
  return out;
}

/** The posts a country fills: minister first and first deputy second (see the promotion). */
function countrySlots(c: DemoCountryOrgs, extra: number): Slot[] {
  const mfa = c.mfaId;
  const slots: Slot[] = [{ orgId: mfa, title: 'Minister of Foreign Affairs', weight: 5 }];
  const deputies = c.code === HOME_COUNTRY ? 3 : c.weight >= 2.5 ? 2 : 1;
  for (let i = 0; i < deputies; i++) {
    slots.push({ orgId: mfa, title: 'Deputy Minister of Foreign Affairs', weight: 3 });
  }
  if (c.code === HOME_COUNTRY) {
    for (const to of HOME_EMBASSIES) {
      const title = `Ambassador to ${countryName(to)}`;
      slots.push({ orgId: mfa, title, weight: 1.2, postedTo: to });
    }
  } else if (c.weight >= 1.5) {
    const title = `Ambassador to ${countryName(HOME_COUNTRY)}`;
    slots.push({ orgId: mfa, title, weight: 2, postedTo: HOME_COUNTRY });
  }
  for (const m of c.ministries) slots.push({ orgId: m.orgId, title: m.title, weight: 1.5 });
  const directors = extra + (c.code === HOME_COUNTRY ? 2 : 0);
  for (let i = 0; i < directors; i++) {
    const dept = MFA_DEPARTMENTS[i % MFA_DEPARTMENTS.length]!;
    const rank = Math.floor(i / MFA_DEPARTMENTS.length);
    const title =
      rank === 0
        ? `Director of the ${dept}`
        : rank === 1
          ? `Deputy Director of the ${dept}`
          : `Counsellor, ${dept}`;
    slots.push({ orgId: mfa, title, weight: 0.8 });
  }
  return slots;
}
