import { describe, expect, it } from 'vitest';
import { meetingsHref } from '@/lib/url-state';
import { dashboardUrl, withoutValue } from './dashboard-url';

const today = '2026-11-29';
const read = (query: string) => dashboardUrl.read(new URLSearchParams(query), today);

describe('the dashboard state in the URL', () => {
  it('keeps only the dashboard filters, the period, the split and the follow-up view', () => {
    const state = read(
      'period=2023&country=kz&organization=12&topic=3&official=7&format=call&q=umarov&split=region&followUps=all',
    );
    expect(state.period).toMatchObject({ choice: '2023', from: '2023-01-01', to: '2023-12-31' });
    expect(state.filters).toMatchObject({
      country: ['KZ'],
      organization: [12],
      topic: [3],
      official: [7],
      format: [],
    });
    expect(state.filters.q).toBeUndefined();
    expect(state.split).toBe('region');
    expect(state.allFollowUps).toBe(true);
    expect(dashboardUrl.href(state)).toBe(
      '/?period=2023&country=KZ&organization=12&official=7&topic=3&split=region&followUps=all',
    );
  });

  it('writes the defaults as a bare path and drops what it cannot read', () => {
    const state = read('period=nonsense&country=Kazakhstan&split=pie&organization=x');
    expect(dashboardUrl.href(state)).toBe('/');
    expect(
      dashboardUrl.href(read('period=custom&from=2023-03-01&to=2023-03-31'), '#follow-ups'),
    ).toBe('/?period=custom&from=2023-03-01&to=2023-03-31#follow-ups');
  });

  it('removes one filter value and links /meetings to exactly a filter state', () => {
    const state = read('country=KZ&country=UZ&period=this-quarter');
    expect(withoutValue(state, 'country', 'KZ')).toBe('/?period=this-quarter&country=UZ');
    expect(meetingsHref({ ...state.filters, status: ['held'], from: '2023-03-01' })).toBe(
      '/meetings?country=KZ&country=UZ&status=held&from=2023-03-01',
    );
    expect(meetingsHref({})).toBe('/meetings');
  });
});
