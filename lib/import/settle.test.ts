import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const first = (text: string, published: string | null = '2024-05-10') =>
  extract({ text, published }).meetings[0]!;

describe('extract: dates', () => {
  it('resolves a weekday against the publication date', () => {
    expect(
      first('Minister Ana Ruiz met Minister Juan Soto on Tuesday in Lima.', '2024-05-10').date,
    ).toBe('2024-05-07');
  });
  it('resolves "this morning" to the publication day', () => {
    expect(
      first('This morning, Minister Ana Ruiz received Ambassador Juan Soto in Lima.').date,
    ).toBe('2024-05-10');
  });
  it('gives a meeting on the sidelines of a running session the session range', () => {
    const m = first(
      'Minister Ana Ruiz attended the 40th session of the Andean Council, which opened on 6 May in Lima. On the sidelines of the 40th session that runs until 12 May, she met Minister Juan Soto.',
    );
    expect([m.date, m.endDate, m.datePrecision]).toEqual(['2024-05-06', '2024-05-12', 'range']);
  });
  it('gives a month alone month precision', () => {
    const m = first(
      'During her official visit to Peru in April, Minister Ana Ruiz held talks with Minister Juan Soto.',
    );
    expect([m.date?.slice(0, 7), m.datePrecision]).toEqual(['2024-04', 'month']);
  });
  it('gives no date, and a warning, when the text has none', () => {
    const r = extract({
      text: 'Minister Ana Ruiz met Minister Juan Soto in Lima.',
      published: '2024-05-10',
    });
    expect(r.meetings[0]!.date).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/no date/);
  });
  it('takes "the same day" from the meeting told before', () => {
    const text =
      'On 7 May, Minister Ana Ruiz met Minister Juan Soto in Lima.\n\nThe same day, Minister Ruiz was received by President Eva Mamani.';
    expect(extract({ text, published: '2024-05-10' }).meetings.map((m) => m.date)).toEqual([
      '2024-05-07',
      '2024-05-07',
    ]);
  });
});

describe('extract: venue', () => {
  it('takes the city of the meeting, not the dateline', () => {
    const m = first(
      'LIMA, 10 May — Minister Ana Ruiz met Minister Juan Soto in Cusco on Wednesday.\n',
    );
    expect(m.city).toBe('Cusco');
  });
  it('falls back to the dateline when the meeting is at home', () => {
    const m = first(
      'Quito, 9 May 2024 — Yesterday, Minister Ana Ruiz received the Ambassador of Peru, Juan Soto.\n',
    );
    expect([m.city, m.countryCode]).toEqual(['Quito', 'EC']);
  });
  it('gives calls and video talks no venue', () => {
    const m = first(
      'Quito, 9 May 2024 — Minister Ana Ruiz held a telephone conversation with Minister Juan Soto.\n',
    );
    expect([m.format, m.city, m.countryCode]).toEqual(['call', null, null]);
  });
});

describe('extract: format', () => {
  it('names a video talk', () => {
    expect(
      first('Minister Ana Ruiz held a videoconference with Minister Juan Soto on 8 May.').format,
    ).toBe('video');
  });
  it('makes a meeting with the hosts of an official visit a visit', () => {
    expect(
      first(
        'Minister of Foreign Affairs of Ecuador Ana Ruiz paid an official visit to Peru on 8 May. In Lima, she met Peru’s Minister of Trade, Juan Soto.',
      ).format,
    ).toBe('visit');
  });
  it('makes three sides multilateral', () => {
    expect(
      first(
        'The Minister of Foreign Affairs of Ecuador, Ana Ruiz, took part in a trilateral meeting with the Minister of Foreign Affairs of Peru, Juan Soto, and the Minister of Foreign Affairs of Chile, Eva Mamani, on 8 May.',
      ).format,
    ).toBe('multilateral');
  });
  it('counts sides, not people: two officials of one union are one side', () => {
    expect(
      first(
        'The Secretary-General of the United Nations, Ana Ruiz, met today with Mr. Juan Soto, President of the European Council, and Ms. Eva Mamani, Vice-President of the European Commission.',
      ).format,
    ).toBe('bilateral');
  });
});

describe('extract: event', () => {
  it('names the event of "on the sidelines of"', () => {
    expect(
      first(
        'On the sidelines of the 18th Andean Summit in Lima on 8 May, Minister Ana Ruiz met Minister Juan Soto.',
      ).event?.name,
    ).toBe('18th Andean Summit');
  });
  it('names the event of "at the … Ministerial Council"', () => {
    const m = first(
      'Minister Ana Ruiz spoke at the 7th Andean Ministerial Council in Lima on 8 May.',
    );
    expect([m.format, m.event?.name]).toEqual(['multilateral', '7th Andean Ministerial Council']);
  });
});

describe('extract: topics, outcomes and follow-ups', () => {
  it('drops abstract heads and the counterpart from a topic', () => {
    const a = first(
      'Minister Ana Ruiz met Juan Soto, Executive Secretary of the Andean Fund, on 8 May. The parties discussed the possibilities for the development of the Andean rail link.',
    );
    expect(a.topics.map((t) => t.name)).toEqual(['Andean rail link']);
    const b = first(
      'On 8 May, Minister Ana Ruiz discussed with the Secretary General of the Andean Community Eva Mamani the current state and prospects for cooperation with the Community.',
    );
    expect(b.topics.map((t) => t.name)).toEqual(['cooperation with the Community']);
  });
  it('keeps what was discussed, what was agreed and what is planned apart', () => {
    const m = first(
      'Minister Ana Ruiz met Minister Juan Soto in Lima on 8 May. They discussed border trade, water management and the Andean railway. The ministers agreed to set up a joint commission. Minister Ruiz invited Minister Soto to the Quito Forum in June.',
    );
    expect(m.topics.map((t) => t.name)).toEqual([
      'border trade',
      'water management',
      'Andean railway',
    ]);
    expect(m.outcomes).toMatch(/joint commission/);
    expect(m.followUps).toEqual([
      { description: expect.stringMatching(/Quito Forum/), dueDate: '2024-06-30' },
    ]);
  });
});
