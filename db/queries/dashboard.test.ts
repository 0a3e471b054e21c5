import { beforeAll, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { change } from '@/lib/periods';
import type { Db } from '../client';
import { createTestDb } from '../testing';
import { tallyMeetings } from './aggregates';
import {
  counterparts,
  filterValueLabels,
  firstMeetingYear,
  heldMeetings,
  ownSide,
  periodFigures,
  topicTrends,
} from './dashboard';
import { openFollowUps, upcomingMeetings } from './dashboard-lists';
import { countMeetings } from './meeting-search';
import { f, makeSearchWorld, type SearchWorld } from './search/test-world';
import { addMeeting } from './test-data';

let db: Db;
let w: SearchWorld;
let followedUp: number;
const march = { from: '2023-03-01', to: '2023-03-31' };
const february = { from: '2023-02-01', to: '2023-02-28' };
const today = '2023-04-01';
const followUp = (description: string, dueDate: string, status = 'open' as const) => ({
  description,
  owner: 'Desk',
  dueDate,
  status,
});

/**
 * The search world (held in March 2023: the CND plenary and side event, Çavuşoğlu–Lajčák, the
 * OSCE briefing; planned, cancelled and deleted ones around them) plus a February meeting and a
 * March one with follow-ups.
 */
beforeAll(async () => {
  db = createTestDb();
  w = await makeSearchWorld(db);
  const { umarov, launsky, schmid } = w.people;
  await addMeeting(db, w, [umarov, launsky], '2023-02-10', {
    topics: [{ id: w.topic.narcotics, name: 'x' }],
    followUps: [followUp('From February', '2023-02-20')],
  });
  followedUp = await addMeeting(db, w, [umarov, schmid], '2023-03-20', {
    title: 'Umarov – Schmid',
    followUps: [
      followUp('Overdue', '2023-03-25'),
      followUp('Due soon', '2023-04-10'),
      followUp('Later', '2023-09-01'),
      { description: 'Undated', owner: '', dueDate: '', status: 'open' },
      { ...followUp('Done', '2023-03-22'), status: 'done' },
    ],
  });
});

describe('periodFigures', () => {
  it('counts the held meetings of the period and who took part in them', async () => {
    const figures = await periodFigures(db, everyone, f(), march, today);
    expect(figures).toEqual({
      filters: heldMeetings(f(), march),
      meetings: 5,
      countries: 3, // KZ, TR, SK; UNODC, the CND and the OSCE have no country
      organizations: 5, // Kazakh and Slovak ministries, UNODC, CND, OSCE
      officials: 6,
      openFollowUps: 4,
      overdueFollowUps: 1,
    });
    expect(figures.meetings).toBe(await countMeetings(db, everyone, figures.filters));
    // The distinct countries are exactly the countries with meetings in the same set.
    expect((await tallyMeetings(db, everyone, figures.filters, 'country')).length).toBe(
      figures.countries,
    );
  });

  it('leaves the filtered side out of the counterparts', async () => {
    const kz = await periodFigures(db, everyone, f({ country: ['KZ'] }), march, today);
    expect(kz).toMatchObject({ meetings: 3, countries: 0, organizations: 4, officials: 4 });
    expect(kz.meetings).toBe(await countMeetings(db, everyone, kz.filters));
    const unodc = await periodFigures(
      db,
      everyone,
      f({ organization: [w.org.unodc] }),
      march,
      today,
    );
    // UN above UNODC and the CND under it are the filtered side: only the Kazakh ministry is left.
    expect(unodc).toMatchObject({ meetings: 2, countries: 1, organizations: 1, officials: 3 });
  });

  it('gives the change against the previous period', async () => {
    const now = await periodFigures(db, everyone, f(), march, today);
    const before = await periodFigures(db, everyone, f(), february, today);
    expect(before).toMatchObject({ meetings: 1, countries: 2, openFollowUps: 1 });
    expect(before.meetings).toBe(await countMeetings(db, everyone, heldMeetings(f(), february)));
    expect(change(now.meetings, before.meetings)).toEqual({ delta: 4, ratio: 4 });
    expect(change(now.countries, before.countries)).toEqual({ delta: 1, ratio: 0.5 });
  });

  it('gives zeros for an empty database', async () => {
    expect(await periodFigures(createTestDb(), everyone, f(), march, today)).toMatchObject({
      meetings: 0,
      countries: 0,
      organizations: 0,
      officials: 0,
      openFollowUps: 0,
      overdueFollowUps: 0,
    });
  });
});

describe('counterparts', () => {
  it('tallies countries and organizations, each count equal to its list', async () => {
    const countries = await counterparts(db, everyone, f(), march, 'country');
    expect(countries.map((t) => [t.value, t.count])).toEqual([
      ['KZ', 3],
      ['SK', 1],
      ['TR', 1],
    ]);
    const orgs = await counterparts(
      db,
      everyone,
      f({ organization: [w.org.unodc] }),
      march,
      'organization',
    );
    expect(orgs.map((t) => [t.value, t.count])).toEqual([[String(w.org.mfaKz), 2]]);
    for (const t of [...countries, ...orgs]) {
      expect(t.count, t.label).toBe(await countMeetings(db, everyone, t.filters));
    }
    expect(await counterparts(db, everyone, f({ country: ['KZ'] }), march, 'country')).toEqual([]);
    expect((await counterparts(db, everyone, f(), march, 'country', 1)).length).toBe(1);
  });

  it('knows the filtered side of organizations and topics', () => {
    const own = ownSide(db, f({ organization: [w.org.unodc], topic: [w.topic.narcotics] }));
    expect(own.organization.sort()).toEqual([w.org.un, w.org.unodc, w.org.cnd].sort());
    expect(own.topic.sort()).toEqual([w.topic.security, w.topic.narcotics].sort());
  });
});

describe('topicTrends', () => {
  it('compares the top topics with the previous period, every count equal to its list', async () => {
    const trends = await topicTrends(
      db,
      everyone,
      f(),
      { current: march, previous: february },
      'month',
    );
    expect(trends.map((t) => [t.label, t.current.count, t.previous.count])).toEqual([
      ['Security', 3, 1],
      ['Counter-narcotics', 2, 1],
      ['Synthetic drugs', 1, 0],
    ]);
    for (const t of trends) {
      expect(t.current.count).toBe(await countMeetings(db, everyone, t.current.filters));
      expect(t.previous.count).toBe(await countMeetings(db, everyone, t.previous.filters));
      expect(t.periods.map((p) => p.count)).toEqual([t.current.count]);
      expect(t.periods[0]!.filters).toEqual(t.current.filters);
    }
  });

  it('gives each topic’s meetings per month, every bar equal to its list', async () => {
    const spring = { from: '2023-02-01', to: '2023-03-31' };
    for (const filters of [f(), f({ country: ['KZ'] }), f({ topic: [w.topic.narcotics] })]) {
      const trends = await topicTrends(
        db,
        everyone,
        filters,
        { current: spring, previous: february },
        'month',
      );
      expect(trends.length).toBeGreaterThan(0);
      for (const t of trends) {
        expect(t.periods.map((p) => p.period)).toEqual(['2023-02', '2023-03']);
        for (const p of t.periods) {
          expect(p.count, `${t.label} ${p.period}`).toBe(
            await countMeetings(db, everyone, p.filters),
          );
        }
      }
    }
    const [counterNarcotics] = await topicTrends(
      db,
      everyone,
      f({ country: ['KZ'] }),
      { current: spring, previous: february },
      'month',
      1,
    );
    // The February meeting (Umarov – Launsky) and the March plenary and side event.
    expect(counterNarcotics!.periods.map((p) => p.count)).toEqual([1, 2]);
  });

  it('leaves out the filtered topic and those above it', async () => {
    const spans = { current: march, previous: february };
    const trends = await topicTrends(
      db,
      everyone,
      f({ topic: [w.topic.narcotics] }),
      spans,
      'month',
    );
    expect(trends.map((t) => t.label)).toEqual(['Synthetic drugs']);
    expect(trends[0]!.current.count).toBe(
      await countMeetings(db, everyone, trends[0]!.current.filters),
    );
  });
});

describe('upcomingMeetings', () => {
  it('lists planned meetings from today on, soonest first, with the total of its link', async () => {
    const upcoming = await upcomingMeetings(db, everyone, f(), '2023-03-01');
    expect(upcoming.meetings.map((m) => m.title)).toEqual(['Lajčák – Schmid (OSCE)']);
    expect(upcoming.total).toBe(await countMeetings(db, everyone, upcoming.filters));
    expect(upcoming.filters).toMatchObject({ status: ['planned'], from: '2023-03-01' });
    expect((await upcomingMeetings(db, everyone, f(), '2023-04-03')).total).toBe(0);
    expect((await upcomingMeetings(db, everyone, f({ country: ['KZ'] }), '2023-03-01')).total).toBe(
      0,
    );
  });
});

describe('openFollowUps', () => {
  it('lists the period’s open follow-ups due soon, overdue first, with their meeting', async () => {
    const due = await openFollowUps(db, everyone, f(), march, { dueBy: '2023-05-01' });
    expect(due.dueSoon).toBe(2);
    expect(due.items.map((i) => [i.description, i.meetingId, i.meetingTitle])).toEqual([
      ['Overdue', followedUp, 'Umarov – Schmid'],
      ['Due soon', followedUp, 'Umarov – Schmid'],
    ]);
    const every = await openFollowUps(db, everyone, f(), march, { dueBy: '2023-05-01', all: true });
    expect(every.items.map((i) => i.description)).toEqual([
      'Overdue',
      'Due soon',
      'Later',
      'Undated',
    ]);
    const other = await openFollowUps(db, everyone, f({ country: ['TR'] }), march, {
      dueBy: '2023-05-01',
    });
    expect(other).toEqual({ dueSoon: 0, items: [] });
  });
});

describe('helpers', () => {
  it('finds the first year with meetings and names filter values', async () => {
    expect(await firstMeetingYear(db, everyone)).toBe(2022);
    expect(await firstMeetingYear(createTestDb(), everyone)).toBeNull();
    const labels = await filterValueLabels(
      db,
      f({ country: ['KZ'], official: [w.people.umarov], topic: [w.topic.security] }),
      ['country', 'organization', 'topic', 'official'],
    );
    expect(labels).toEqual({
      country: [{ value: 'KZ', label: 'Kazakhstan' }],
      organization: [],
      topic: [{ value: String(w.topic.security), label: 'Security' }],
      official: [{ value: String(w.people.umarov), label: 'Kairat Umarov' }],
    });
  });
});
