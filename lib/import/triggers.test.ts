import { describe, expect, it } from 'vitest';
import { findTriggers, isJoint, isSeparate, remoteFormat } from './triggers';

const kinds = (s: string) => findTriggers(s).map((t) => t.kind);

describe('findTriggers', () => {
  it('finds meetings told by met, received, held talks and spoke by phone', () => {
    expect(kinds('The minister met with Ana Ruiz.')).toEqual(['meeting']);
    expect(kinds('The minister received the Ambassador of Peru, Juan Soto.')).toEqual(['meeting']);
    expect(kinds('She held bilateral talks with Juan Soto.')).toEqual(['meeting']);
    expect(kinds('He spoke by telephone with Eva Mamani.')).toEqual(['meeting']);
  });
  it('skips meetings that are planned', () => {
    expect(kinds('The minister will meet Ana Ruiz in May.')).toEqual([]);
    expect(kinds('He is expected to hold talks with Juan Soto next week.')).toEqual([]);
  });
  it('tells two meetings in one sentence apart', () => {
    expect(kinds('He held talks with Ana Ruiz, and was received by President Juan Soto.')).toEqual([
      'meeting',
      'meeting',
    ]);
  });
  it('finds a statement to a plenary or session', () => {
    expect(kinds('She addressed the plenary session of the Assembly on Monday.')).toEqual([
      'session',
    ]);
    expect(kinds('At the opening of the 12th session, the minister stressed the point.')).toEqual([
      'session',
    ]);
  });
  it('does not take a business forum or conference for a session', () => {
    expect(kinds('He addressed a business forum in Lima.')).toEqual([]);
  });
  it('finds people who joined the meeting just told, and a meeting whose people come next', () => {
    expect(kinds('They were joined by the Ambassador of Peru, Juan Soto.')).toEqual(['joiner']);
    expect(kinds('The 5th round of consultations took place in Lima on 3 May.')).toEqual([
      'pending',
    ]);
    expect(kinds('The meeting was chaired by Ana Ruiz and brought together Juan Soto.')).toEqual([
      'group',
    ]);
  });
});

describe('clause vocabulary', () => {
  it('splits "separate meetings" and keeps a trilateral together', () => {
    expect(isSeparate('held separate meetings with A and B')).toBe(true);
    expect(isSeparate('held meetings with the ministers of A and B')).toBe(true);
    expect(isJoint('took part in a trilateral meeting with A and B')).toBe(true);
    expect(isSeparate('met with A and B')).toBe(false);
  });
  it('names calls and video talks', () => {
    expect(remoteFormat('held a telephone conversation with')).toBe('call');
    expect(remoteFormat('held a videoconference with')).toBe('video');
    expect(remoteFormat('paid a courtesy call on')).toBe(null);
  });
});
