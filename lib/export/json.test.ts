import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportedMeeting } from '@/lib/api-schemas';
import { jsonChunks } from './json';
import { collect, sampleMeeting, testContext } from './testing';

describe('JSON export', () => {
  it('writes one JSON array of full meetings, as the OpenAPI document describes them', async () => {
    const text = await collect(
      jsonChunks([[sampleMeeting()], [], [sampleMeeting({ id: 13 })]], testContext),
    );
    const value: unknown = JSON.parse(text);
    const meetings = z.array(exportedMeeting.strict()).parse(value);
    expect(meetings.map((m) => m.id)).toEqual([12, 13]);
    expect(meetings[0]).toMatchObject({
      url: 'https://parley.example.org/meetings/12',
      date: 'between 13 and 17 March 2023',
      eventName: '66th session of the Commission on Narcotic Drugs',
      topics: [
        { id: 1, name: 'Border security' },
        { id: 2, name: 'Counter-narcotics' },
      ],
    });
    expect(meetings[0]).not.toHaveProperty('deletedAt');
  });

  it('writes an empty array for an empty set', async () => {
    expect(JSON.parse(await collect(jsonChunks([], testContext)))).toEqual([]);
  });
});
