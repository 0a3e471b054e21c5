export interface PageRequest {
  /** 1-based; out of range or not a number gives the nearest real page. */
  page?: number;
  pageSize?: number;
}

/** What a paginated list returns besides its rows. */
export interface PageInfo {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/**
 * The page to show for a request, clamped to the pages that exist (a stale or hand-edited link
 * never errors), and its offset.
 */
export function resolvePage(
  total: number,
  { page, pageSize = 50 }: PageRequest,
): PageInfo & { offset: number } {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(total / size));
  const wanted = page !== undefined && Number.isFinite(page) ? Math.floor(page) : 1;
  const current = Math.min(Math.max(1, wanted), pageCount);
  return { total, page: current, pageSize: size, pageCount, offset: (current - 1) * size };
}
