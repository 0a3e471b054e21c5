import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const run = (text: string, published: string | null = '2024-05-10') => extract({ text, published });
const names = (text: string, published?: string) =>
  run(text, published).meetings.map((m) => m.participants.map((p) => p.name));

describe('extract: meetings', () => {
  it('gives one meeting per counterpart for "met with A, and with B"', () => {
    expect(
      names(
        'Foreign Minister Ana Ruiz met with the Minister of Trade of Peru, Juan Soto, and with the Minister of Energy of Chile, Eva Mamani, in Lima on 8 May.',
      ),
    ).toEqual([
      ['Ana Ruiz', 'Juan Soto'],
      ['Ana Ruiz', 'Eva Mamani'],
    ]);
  });
  it('gives one bilateral each for "held meetings with the foreign ministers of X, Y and Z"', () => {
    const { meetings } = run(
      'Minister Ana Ruiz held meetings with the foreign ministers of Peru, Chile and Bolivia — Juan Soto, Eva Mamani and Luis Quispe — in Quito on 8 May.',
    );
    expect(meetings.map((m) => [m.participants.length, m.format])).toEqual([
      [2, 'bilateral'],
      [2, 'bilateral'],
      [2, 'bilateral'],
    ]);
  });
  it('keeps "met with A and B" as one meeting', () => {
    expect(
      names(
        'Minister Ana Ruiz met with Mr. Juan Soto, Governor of the Bank, and Ms. Eva Mamani, its Deputy Governor, on 8 May.',
      ),
    ).toHaveLength(1);
  });
  it('makes a statement to a session its own multilateral meeting with the host alone', () => {
    const { meetings } = run(
      'Minister of Foreign Affairs Ana Ruiz addressed the plenary session of the 12th Andean Council in Lima on 8 May. On the margins of the session, she met the Minister of Foreign Affairs of Peru, Juan Soto.',
    );
    expect(meetings.map((m) => [m.format, m.participants.map((p) => p.name)])).toEqual([
      ['multilateral', ['Ana Ruiz']],
      ['bilateral', ['Ana Ruiz', 'Juan Soto']],
    ]);
  });
  it('makes the subject of the release a participant of each meeting', () => {
    const all = names(
      'Minister Ana Ruiz met Governor Juan Soto on 7 May. On 8 May, Minister Ruiz received Ambassador Eva Mamani.',
    );
    expect(all.every((m) => m.includes('Ana Ruiz'))).toBe(true);
    expect(all).toHaveLength(2);
  });
  it('does not make a participant of someone whose greetings were conveyed, or a spokesperson', () => {
    expect(
      names(
        'Minister Ana Ruiz met the Minister of Health of Peru, Juan Soto, on 8 May, and conveyed the greetings of President Luis Quispe, the Spokesperson of the Ministry, Eva Mamani, said.',
      ),
    ).toEqual([['Ana Ruiz', 'Juan Soto']]);
  });
  it('does not make a meeting of a planned one, but a follow-up', () => {
    const { meetings } = run(
      'Minister Ana Ruiz met the Minister of Health of Peru, Juan Soto, on 8 May. Minister Ruiz invited Minister Soto to take part in the Andean Health Forum in June. The ministers will meet again in Lima in September.',
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.followUps.map((f) => f.dueDate)).toEqual(['2024-06-30', '2024-09-30']);
  });
  it('adds the people who joined the talks', () => {
    expect(
      names(
        'Minister Ana Ruiz held talks with Minister Juan Soto on 8 May. They were joined by Ambassador Eva Mamani.',
      ),
    ).toEqual([['Ana Ruiz', 'Juan Soto', 'Eva Mamani']]);
  });
  it('takes "The ministers met" to be the people just named', () => {
    expect(
      names(
        'Minister of Foreign Affairs of Peru Ana Ruiz and Chile’s Minister of Foreign Affairs, Juan Soto, agreed on Tuesday to open a consulate. The ministers met at the Torre Tagle Palace in Lima.',
      ),
    ).toEqual([['Ana Ruiz', 'Juan Soto']]);
  });
});
