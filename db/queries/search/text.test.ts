import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemViewer as everyone } from '@/lib/domain/viewer';
import { officialInput, officialRecordInput } from '@/lib/validation/entities';
import { meetingInput } from '@/lib/validation/meeting';
import type { Db } from '../../client';
import { createTestDb, indexedWords } from '../../testing';
import { deleteMeeting, restoreMeeting, updateMeeting } from '../../writes/meetings';
import { createOfficial, updateOfficial } from '../../writes/officials';
import { reindexAllMeetings } from '../../writes/search-index';
import {
  iterateMeetingsForExport,
  meetingFacets,
  searchMeetings,
  toFtsQuery,
} from '../meeting-search';
import { addMeeting, makeWorld } from '../test-data';
import { markText, queryTerms, snippetOf } from './fts';
import { f, makeSearchWorld, type SearchWorld } from './test-world';

/** A query as toFtsQuery gives it: the words looked for in every column but `scope`. */
const inText = (query: string) => `{title body participants topics} : (${query})`;

describe('toFtsQuery', () => {
  it('quotes each word and matches words of 3+ characters as prefixes', () => {
    expect(toFtsQuery('Umar')).toBe(inText('"umar"*'));
    expect(toFtsQuery('  UN  Kairat ')).toBe(inText('"un" "kairat"*'));
    expect(toFtsQuery('Çavuşoğlu')).toBe(inText('"çavuşoğlu"*'));
  });

  it('keeps balanced quotes as phrases and reads unbalanced ones as punctuation', () => {
    expect(toFtsQuery('"foreign minister" umarov')).toBe(inText('"foreign minister" "umarov"*'));
    expect(toFtsQuery('"unbalanced')).toBe(inText('"unbalanced"*'));
    expect(toFtsQuery('a "b" "c')).toBe(inText('"a" "b" "c"'));
  });

  it('drops operators and punctuation, and gives null when nothing is left', () => {
    expect(toFtsQuery('osce OR')).toBe(inText('"osce"*'));
    expect(toFtsQuery('NEAR(')).toBeNull();
    for (const text of ['', '   ', 'AND', '-', '*', '(', ':', '""', '^', 'NOT OR']) {
      expect(toFtsQuery(text)).toBeNull();
    }
    expect(toFtsQuery('title:cnd -drugs')).toBe(inText('"title"* "cnd"* "drugs"*'));
    expect(toFtsQuery('or and not')).toBe(inText('"or" "and"* "not"*'));
  });

  it('keeps a decomposed letter in its word', () => {
    expect(toFtsQuery('Lajc\u030Cák')).toBe(inText('"lajčák"*'));
  });
});

describe('markText and snippetOf', () => {
  it('marks whole words and prefixes, ignoring case and diacritics', () => {
    expect(markText('Çavuşoğlu met Lajčák in Ankara', queryTerms('cavus LAJCAK an'))).toEqual([
      { text: 'Çavuşoğlu', hit: true },
      { text: ' met ', hit: false },
      { text: 'Lajčák', hit: true },
      { text: ' in Ankara', hit: false },
    ]);
    expect(markText('Umarov – Umar', queryTerms('"umar"'))).toEqual([
      { text: 'Umarov – ', hit: false },
      { text: 'Umar', hit: true },
    ]);
  });

  it('marks a phrase only where its words follow each other', () => {
    const marked = markText(
      'foreign minister and the minister of foreign affairs',
      queryTerms('"foreign minister"'),
    );
    expect(marked).toEqual([
      { text: 'foreign', hit: true },
      { text: ' ', hit: false },
      { text: 'minister', hit: true },
      { text: ' and the minister of foreign affairs', hit: false },
    ]);
  });

  it('cuts a passage around the first match, with ellipses', () => {
    const text = `${'word '.repeat(20)}the memorandum was signed ${'later '.repeat(20)}`;
    const snippet = snippetOf(text, queryTerms('memorandum'));
    expect(snippet?.[0]).toEqual({ text: '…word word word the ', hit: false });
    expect(snippet?.[1]).toEqual({ text: 'memorandum', hit: true });
    expect(snippet?.at(-1)?.text.endsWith('…')).toBe(true);
    expect(snippetOf('nothing here', queryTerms('memorandum'))).toBeNull();
    expect(snippetOf('A memorandum.', queryTerms('memo'))).toEqual([
      { text: 'A ', hit: false },
      { text: 'memorandum', hit: true },
      { text: '.', hit: false },
    ]);
  });
});

describe('text search', () => {
  let db: Db;
  let w: SearchWorld;
  beforeAll(async () => {
    db = createTestDb();
    w = await makeSearchWorld(db);
  });
  const ids = async (q: string) =>
    (await searchMeetings(db, everyone, f({ q, sort: 'date_asc' }), { limit: 500 })).items.map(
      (m) => m.id,
    );

  it('matches prefixes, ignoring case and diacritics', async () => {
    const { m } = w;
    expect(await ids('Umar')).toEqual([m.call, m.cnd, m.range]);
    expect(await ids('cavusoglu')).toEqual([m.month]);
    expect(await ids('LAJCAK')).toEqual([m.month, m.planned]);
    expect(await ids('Lajčák')).toEqual([m.month, m.planned]);
  });

  it('searches summaries, outcomes, venues, organizations and topic names', async () => {
    const { m } = w;
    expect(await ids('memorandum')).toEqual([m.austria]);
    expect(await ids('Bratislava')).toEqual([m.planned]);
    expect(await ids('counter narcotics')).toEqual([m.cnd]);
    expect(await ids('Commission Narcotic')).toEqual([m.range]);
  });

  it('never throws on malformed input', async () => {
    for (const q of [
      '"unbalanced',
      'AND',
      '-',
      '*',
      'NEAR(',
      'osce OR',
      '(((',
      'a:b',
      '"',
      'c*d"',
    ]) {
      const result = await searchMeetings(db, everyone, f({ q }));
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect((await searchMeetings(db, everyone, f({ q: 'osce OR' }))).total).toBe(2);
  });

  it('ignores text with nothing searchable in it', async () => {
    const all = await searchMeetings(db, everyone, f());
    const dash = await searchMeetings(db, everyone, f({ q: '-' }));
    expect(dash.total).toBe(all.total);
    expect(dash.items.map((m) => m.id)).toEqual(all.items.map((m) => m.id));
    expect(dash.items[0]?.highlight).toBeNull();
  });

  it('marks the matched words of the title and of a passage, as segments', async () => {
    const [austria] = (await searchMeetings(db, everyone, f({ q: 'consult memorandum' }))).items;
    expect(austria?.id).toBe(w.m.austria);
    expect(austria?.highlight?.title).toEqual([
      { text: 'Austria–UNODC ', hit: false },
      { text: 'consultations', hit: true },
    ]);
    expect(austria?.highlight?.snippet).toContainEqual({ text: 'memorandum', hit: true });

    const [call] = (await searchMeetings(db, everyone, f({ q: 'saidov' }))).items;
    expect(call?.highlight?.title).toContainEqual({ text: 'Saidov', hit: true });
    const [cnd] = (await searchMeetings(db, everyone, f({ q: 'waly', sort: 'date_asc' }))).items;
    expect(cnd?.highlight?.title).toEqual([{ text: cnd?.title, hit: false }]);
    // A name found only among the participants: no snippet of the participants' text, the
    // participant is marked instead.
    expect(cnd?.highlight?.snippet).toBeNull();
    const waly = cnd?.participants.find((p) => p.officialId === w.people.waly);
    expect(cnd?.highlight?.participantIds).toEqual([waly?.id]);
    expect(austria?.highlight?.participantIds).toEqual([]);
    expect((await searchMeetings(db, everyone, f())).items[0]?.highlight).toBeNull();
  });
});

describe('search index upkeep', () => {
  let db: Db;
  beforeEach(() => {
    db = createTestDb();
  });

  it('follows an edit: the old title is no longer found, the new one is', async () => {
    const world = await makeWorld(db);
    const id = await addMeeting(db, world, [world.people.umarov], '2023-05-05', {
      title: 'Talks on Aral Sea',
    });
    expect((await searchMeetings(db, everyone, f({ q: 'aral' }))).total).toBe(1);
    await updateMeeting(
      db,
      id,
      meetingInput.parse({
        title: 'Talks on water',
        datePrecision: 'day',
        date: '2023-05-05',
        format: 'bilateral',
        participants: [{ officialId: world.people.launsky, organizationId: null, role: 'head' }],
      }),
      1,
    );
    expect((await searchMeetings(db, everyone, f({ q: 'aral' }))).total).toBe(0);
    expect((await searchMeetings(db, everyone, f({ q: 'water' }))).items.map((m) => m.id)).toEqual([
      id,
    ]);
    // The participants changed too: Umarov no longer finds it, Launsky does.
    expect((await searchMeetings(db, everyone, f({ q: 'umarov' }))).total).toBe(0);
    expect((await searchMeetings(db, everyone, f({ q: 'launsky' }))).total).toBe(1);
  });

  it('follows an edit in the facet counts', async () => {
    const world = await makeWorld(db);
    const id = await addMeeting(db, world, [world.people.umarov], '2023-05-05');
    const countries = async () =>
      (await meetingFacets(db, everyone, f())).country.map((v) => [v.value, v.count]);
    expect(await countries()).toEqual([['KZ', 1]]);
    await updateMeeting(
      db,
      id,
      meetingInput.parse({
        title: 'Talks',
        datePrecision: 'day',
        date: '2023-05-05',
        format: 'bilateral',
        participants: [{ officialId: world.people.launsky, organizationId: null, role: 'head' }],
      }),
      1,
    );
    expect(await countries()).toEqual([['AT', 1]]);
  });

  it('drops a deleted meeting from the list, text search, facets and export', async () => {
    const world = await makeWorld(db);
    const id = await addMeeting(db, world, [world.people.umarov], '2023-05-05', {
      title: 'Talks on Aral Sea',
      format: 'visit',
    });
    await deleteMeeting(db, id);
    expect((await searchMeetings(db, everyone, f())).total).toBe(0);
    expect((await searchMeetings(db, everyone, f({ q: 'aral' }))).total).toBe(0);
    const facets = await meetingFacets(db, everyone, f());
    expect(Object.values(facets).flat()).toEqual([]);
    const exported = [];
    for await (const batch of iterateMeetingsForExport(db, everyone, f())) exported.push(...batch);
    expect(exported).toEqual([]);
    await restoreMeeting(db, id);
    expect((await searchMeetings(db, everyone, f({ q: 'aral' }))).total).toBe(1);
    expect((await meetingFacets(db, everyone, f())).format).toEqual([
      { value: 'visit', label: 'Visit', count: 1, active: false },
    ]);
  });

  it('finds letters the tokenizer keeps (ı, ø, ß, ł) spelled either way, and marks them', async () => {
    const world = await makeWorld(db);
    const kirisci = (
      await createOfficial(
        db,
        officialInput.parse({ displayName: 'Ahmet Kırışçı', countryCode: 'TR' }),
      )
    ).id;
    const id = await addMeeting(db, world, [kirisci, world.people.umarov], '2023-05-05', {
      title: 'Talks in Tromsø',
      summary: 'On the Łódź corridor, signed in the Hauptstraße.',
    });
    for (const q of [
      'kirisci',
      'Kırışçı',
      'kırı',
      'tromso',
      'Tromsø',
      'lodz',
      'hauptstrasse',
      'hauptstraße',
    ]) {
      expect(
        (await searchMeetings(db, everyone, f({ q }))).items.map((m) => m.id),
        q,
      ).toEqual([id]);
    }
    const [hit] = (await searchMeetings(db, everyone, f({ q: 'kirisci tromso' }))).items;
    expect(hit?.highlight?.title).toContainEqual({ text: 'Tromsø', hit: true });
    const marked = hit?.participants.find((p) => p.officialId === kirisci);
    expect(hit?.highlight?.participantIds).toEqual([marked?.id]);
    const [lodz] = (await searchMeetings(db, everyone, f({ q: 'lodz' }))).items;
    expect(lodz?.highlight?.snippet).toContainEqual({ text: 'Łódź', hit: true });
    // Folded, a name in a title weighs as a title word: that meeting ranks first.
    const titled = await addMeeting(db, world, [kirisci], '2022-01-01', {
      title: 'Kırışçı – Umarov',
    });
    // Logged later, so first among equals: only in its participants, it ranks after.
    const later = await addMeeting(db, world, [kirisci], '2022-02-01', { title: 'Talks' });
    const ranked = await searchMeetings(db, everyone, f({ q: 'kirisci' }));
    expect(ranked.items.map((m) => m.id)).toEqual([titled, later, id]);
  });

  it('keeps the index word for word what a rebuild writes, through edits, renames and deletes', async () => {
    const w = await makeSearchWorld(db);
    const edited = w.m.cnd;
    await updateMeeting(
      db,
      edited,
      meetingInput.parse({
        title: 'Talks in Tromsø on the Aral Sea',
        datePrecision: 'day',
        date: '2023-05-05',
        format: 'bilateral',
        participants: [{ officialId: w.people.launsky, organizationId: null, role: 'head' }],
      }),
      1,
    );
    await updateOfficial(
      db,
      w.people.umarov,
      officialRecordInput.parse({ displayName: 'Kairat Umarov-Kırışçı', aliases: ['K. Umarov'] }),
      1,
    );
    await deleteMeeting(db, w.m.austria);
    await restoreMeeting(db, w.m.austria);
    await deleteMeeting(db, w.m.month);
    const kept = indexedWords(db);
    expect(kept.has(w.m.month)).toBe(false);
    expect(kept.get(edited)?.some((word) => word.startsWith('aral '))).toBe(true);
    expect(kept.get(w.m.call)?.some((word) => word.startsWith('kirisci participants'))).toBe(true);
    reindexAllMeetings(db);
    expect(indexedWords(db)).toEqual(kept);
    expect((await searchMeetings(db, everyone, f({ q: 'kirisci' }))).total).toBe(
      (await searchMeetings(db, everyone, f({ official: [w.people.umarov] }))).total,
    );
  });
});
