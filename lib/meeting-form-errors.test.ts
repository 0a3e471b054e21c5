import { describe, expect, it } from 'vitest';
import { compareFieldKeys, errorTarget, fieldId, fieldLabel } from './meeting-form-errors';

describe('meeting form error keys', () => {
  it('errorTarget points row-level problems at a focusable field', () => {
    expect(errorTarget('participants.1.officialId')).toBe('participants.1.role');
    expect(errorTarget('topics.0.name')).toBe('topics');
    expect(errorTarget('followUps.2')).toBe('followUps.2.description');
    expect(errorTarget('title')).toBe('title');
  });
  it('compareFieldKeys orders error keys as the form shows them', () => {
    const keys = [
      'sources.1.url',
      'participants',
      'endDate',
      'title',
      'sources.0.title',
      'sources.0.url',
    ];
    expect(keys.sort(compareFieldKeys)).toEqual([
      'title',
      'endDate',
      'participants',
      'sources.0.url',
      'sources.0.title',
      'sources.1.url',
    ]);
  });
  it('fieldLabel names fields for the error summary', () => {
    expect(fieldLabel('title')).toBe('Title');
    expect(fieldLabel('sources.0.url')).toBe('Source 1 URL');
    expect(fieldLabel('followUps.1.dueDate')).toBe('Follow-up 2 due date');
    expect(fieldLabel('participants.0.officialId')).toBe('Participant 1');
    expect(fieldLabel('endDate')).toBe('End date');
  });

  it('fieldId turns a dotted key into a DOM id', () => {
    expect(fieldId('followUps.0.dueDate')).toBe('field-followUps-0-dueDate');
  });
});
