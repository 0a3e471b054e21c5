import { describe, expect, it } from 'vitest';
import { resolvePage } from './paging';

describe('resolvePage', () => {
  it('clamps the page to the pages that exist', () => {
    expect(resolvePage(120, { page: 2, pageSize: 50 })).toEqual({
      total: 120,
      page: 2,
      pageSize: 50,
      pageCount: 3,
      offset: 50,
    });
    expect(resolvePage(120, { page: 40, pageSize: 50 })).toMatchObject({ page: 3, offset: 100 });
    expect(resolvePage(120, { page: -2, pageSize: 50 })).toMatchObject({ page: 1, offset: 0 });
    expect(resolvePage(120, { page: Number.NaN })).toMatchObject({ page: 1 });
    expect(resolvePage(120, { page: 2.7, pageSize: 50 })).toMatchObject({ page: 2 });
    expect(resolvePage(0, { page: 5 })).toMatchObject({ page: 1, pageCount: 1, offset: 0 });
  });
});
