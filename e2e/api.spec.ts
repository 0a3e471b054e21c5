import { expect, test, uid } from './fixtures';

test.describe('the JSON API for meetings', () => {
  test('creates, reads, updates with a version check, and deletes', async ({ request, seed }) => {
    const meeting = await seed.meetingWithTwoOfficials('API round trip');

    const read = await request.get(`/api/meetings/${meeting.id}`);
    expect(read.status()).toBe(200);
    const body = await read.json();
    expect(body).toMatchObject({ id: meeting.id, title: meeting.title, version: 1 });
    expect(body.participants).toHaveLength(2);

    const values = {
      title: `${meeting.title} (updated)`,
      datePrecision: 'month',
      date: '2024-05',
      participants: body.participants.map((p: { officialId: number }) => ({
        officialId: p.officialId,
        role: 'head',
      })),
      format: 'call',
    };
    const saved = await request.put(`/api/meetings/${meeting.id}`, {
      data: { ...values, version: 1 },
    });
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toEqual({ id: meeting.id, version: 2 });

    // A save based on version 1 again would overwrite the first one: refused.
    const stale = await request.put(`/api/meetings/${meeting.id}`, {
      data: { ...values, title: 'Stale', version: 1 },
    });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error).toMatch(/Someone else saved this meeting/);
    const after = await (await request.get(`/api/meetings/${meeting.id}`)).json();
    expect(after).toMatchObject({
      title: `${meeting.title} (updated)`,
      startDate: '2024-05-01',
      endDate: '2024-05-31',
      format: 'call',
    });

    expect((await request.delete(`/api/meetings/${meeting.id}`)).status()).toBe(200);
    expect((await request.get(`/api/meetings/${meeting.id}`)).status()).toBe(404);
    expect((await request.delete(`/api/meetings/${meeting.id}`)).status()).toBe(404);
  });

  test('bad input gets a 400 naming the fields, never a 500', async ({ request, seed }) => {
    const official = await seed.official({ displayName: `Lone Official ${uid()}` });
    const invalid = await request.post('/api/meetings', {
      data: {
        title: '',
        datePrecision: 'range',
        date: '2024-03-17',
        endDate: '2024-03-13',
        participants: [],
        sources: [{ url: 'astanatimes', title: 'x' }],
      },
    });
    expect(invalid.status()).toBe(400);
    const { fieldErrors } = await invalid.json();
    expect(Object.keys(fieldErrors).sort()).toEqual([
      'format',
      'participants',
      'sources.0.url',
      'title',
    ]);

    const backwards = await request.post('/api/meetings', {
      data: {
        title: 'Backwards',
        format: 'bilateral',
        datePrecision: 'range',
        date: '2024-03-17',
        endDate: '2024-03-13',
        participants: [{ officialId: official.id }],
      },
    });
    expect(backwards.status()).toBe(400);
    expect((await backwards.json()).fieldErrors).toEqual({
      endDate: 'The end date cannot be before the start date.',
    });

    const unknown = await request.post('/api/meetings', {
      data: {
        title: 'Ghost',
        format: 'visit',
        datePrecision: 'day',
        date: '2024-03-13',
        participants: [{ officialId: 999999 }],
      },
    });
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).fieldErrors).toHaveProperty(['participants.0.officialId']);

    const notJson = await request.post('/api/meetings', {
      headers: { 'content-type': 'application/json' },
      data: '{not json',
    });
    expect(notJson.status()).toBe(400);

    expect((await request.get('/api/meetings/abc')).status()).toBe(400);
    expect((await request.get('/api/meetings/abc')).json()).resolves.toMatchObject({
      fieldErrors: { id: expect.any(String) },
    });
    const badLimit = await request.get('/api/officials?q=a&limit=500');
    expect(badLimit.status()).toBe(400);
    expect((await badLimit.json()).fieldErrors).toHaveProperty('limit');
    const badDate = await request.get('/api/officials?q=a&date=13.03.2023');
    expect(badDate.status()).toBe(400);
    expect((await badDate.json()).fieldErrors).toHaveProperty('date');
  });

  test('the officials search finds by alias, accents ignored, with the title on a date', async ({
    request,
    seed,
  }) => {
    const suffix = uid();
    const mfa = await seed.organization({
      name: `Dışişleri Bakanlığı ${suffix}`,
      countryCode: 'TR',
    });
    await seed.official({
      displayName: `Mevlüt Çavuşoğlu ${suffix}`,
      countryCode: 'TR',
      organizationId: mfa.id,
      title: 'Minister of Foreign Affairs',
      positionStart: '2015-11-24',
    });
    const res = await request.get(
      `/api/officials?q=${encodeURIComponent(`cavusoglu ${suffix}`)}&date=2020-01-01`,
    );
    expect(res.status()).toBe(200);
    expect((await res.json()).officials).toMatchObject([
      {
        displayName: `Mevlüt Çavuşoğlu ${suffix}`,
        title: 'Minister of Foreign Affairs',
        countryCode: 'TR',
      },
    ]);
  });
});
