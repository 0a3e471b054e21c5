import type { MeetingSpan } from './spans';

/**
 * Where a lane's meetings, events and clusters go. Times are UTC milliseconds; sizes on screen
 * are turned into time with `pxPerMs`, so a layout holds for every pan at one zoom.
 *
 * A bucket ("cell") of the lane is either drawn as one cluster showing its count, or its
 * meetings are drawn one by one, packed into rows. A cell is a cluster when the tile did not
 * send its meetings (too many), when it holds more than `maxPerCell`, or when its meetings do
 * not fit in `maxRows` rows. A meeting is
 * drawn only when none of the cells it overlaps is a cluster, so each meeting is either drawn
 * or inside a cluster that counts it. An event's drawn meetings sit inside its band, under a
 * row that names it.
 */

export interface LayoutCell {
  start: number;
  end: number;
  count: number;
  /** False when the tile sent only the count: the cell can only be a cluster. */
  detailed: boolean;
}

export interface LayoutItem {
  id: number;
  span: MeetingSpan;
  eventId: number | null;
}

export interface LayoutEvent {
  id: number;
  start: number;
  end: number;
}

export interface LayoutOptions {
  pxPerMs: number;
  maxRows: number;
  /** The narrowest a meeting is drawn (a day is a pixel wide when zoomed out). */
  minItemPx: number;
  /** The narrowest an event band is drawn (wide enough to hold the start of its name). */
  minEventPx: number;
  /** Space kept free after a meeting in its row. */
  gapPx: number;
  /**
   * A cell with more meetings than this is a cluster whatever room it has: zoomed out, a
   * meeting drawn a few pixels wide says less than a count.
   */
  maxPerCell: number;
}

export interface PlacedItem {
  id: number;
  /** Drawn extent: the span, widened to the minimum width. */
  from: number;
  to: number;
  row: number;
}

export interface PlacedBand {
  id: number;
  from: number;
  to: number;
  /** The row of the event's name; its meetings take the `rows - 1` rows under it. */
  row: number;
  rows: number;
}

export interface LaneLayout {
  rows: number;
  clusters: LayoutCell[];
  items: PlacedItem[];
  bands: PlacedBand[];
}

interface Block {
  from: number;
  to: number;
  height: number;
  items: PlacedItem[];
  event: LayoutEvent | null;
}

/** The indexes of the cells (sorted by start) that [start, end) overlaps. */
function cellsOverlapping(cells: LayoutCell[], start: number, end: number): number[] {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < cells.length && cells[i]!.start < end; i++) out.push(i);
  return out;
}

/** Greedy row packing: each extent goes to the lowest rows free from its start on. */
function pack<T extends { from: number; to: number; height: number }>(
  blocks: T[],
  gap: number,
  limit: number,
): { placed: Array<T & { row: number }>; overflow: T[]; rows: number } {
  const free: number[] = [];
  const placed: Array<T & { row: number }> = [];
  const overflow: T[] = [];
  const sorted = [...blocks].sort((a, b) => a.from - b.from || b.to - a.to);
  for (const block of sorted) {
    let row = -1;
    for (let r = 0; r + block.height <= limit; r++) {
      let ok = true;
      for (let k = r; k < r + block.height; k++)
        if ((free[k] ?? -Infinity) > block.from) ok = false;
      if (ok) {
        row = r;
        break;
      }
    }
    if (row < 0) {
      overflow.push(block);
      continue;
    }
    for (let k = row; k < row + block.height; k++) free[k] = block.to + gap;
    placed.push({ ...block, row });
  }
  return { placed, overflow, rows: free.length };
}

function blocksOf(items: LayoutItem[], events: Map<number, LayoutEvent>, o: LayoutOptions) {
  const perPx = 1 / o.pxPerMs;
  const gap = o.gapPx * perPx;
  const extent = (i: LayoutItem): PlacedItem => ({
    id: i.id,
    from: i.span.start,
    to: Math.max(i.span.end, i.span.start + o.minItemPx * perPx),
    row: 0,
  });
  const blocks: Block[] = [];
  const byEvent = new Map<number, LayoutItem[]>();
  for (const item of items) {
    const event = item.eventId === null ? undefined : events.get(item.eventId);
    if (!event) {
      const e = extent(item);
      blocks.push({ from: e.from, to: e.to, height: 1, items: [e], event: null });
    } else byEvent.set(event.id, [...(byEvent.get(event.id) ?? []), item]);
  }
  for (const [id, members] of byEvent) {
    const event = events.get(id)!;
    const inner = pack(
      members.map((m) => ({ ...extent(m), height: 1 })),
      gap,
      Infinity,
    );
    const from = Math.min(event.start, ...inner.placed.map((p) => p.from));
    const to = Math.max(event.end, from + o.minEventPx * perPx, ...inner.placed.map((p) => p.to));
    const placed = inner.placed.map(({ height: _h, ...p }) => ({ ...p, row: p.row + 1 }));
    blocks.push({ from, to, height: inner.rows + 1, items: placed, event });
  }
  return { blocks, gap };
}

/** Lays out one lane: which cells are clusters, and the row of every drawn meeting and event. */
export function layoutLane(
  cellList: LayoutCell[],
  items: LayoutItem[],
  events: Map<number, LayoutEvent>,
  o: LayoutOptions,
): LaneLayout {
  const cells = [...cellList].sort((a, b) => a.start - b.start);
  const clustered = cells.map((c) => !c.detailed || c.count > o.maxPerCell);
  const cellsOf = new Map(
    items.map((i) => [i.id, cellsOverlapping(cells, i.span.start, i.span.end)]),
  );
  // Each round turns at least one more cell into a cluster, so this ends.
  for (let round = 0; round <= cells.length; round++) {
    const shown = items.filter((i) => !(cellsOf.get(i.id) ?? []).some((c) => clustered[c]));
    const { blocks, gap } = blocksOf(shown, events, o);
    const { placed, overflow, rows } = pack(blocks, gap, o.maxRows);
    if (!overflow.length || round === cells.length) {
      return {
        rows: Math.max(1, rows),
        clusters: cells.filter((c, i) => clustered[i] && c.count > 0),
        items: placed.flatMap((b) => b.items.map((it) => ({ ...it, row: it.row + b.row }))),
        bands: placed.flatMap((b) =>
          b.event ? [{ id: b.event.id, from: b.from, to: b.to, row: b.row, rows: b.height }] : [],
        ),
      };
    }
    for (const block of overflow) {
      for (const item of block.items)
        for (const c of cellsOf.get(item.id) ?? []) clustered[c] = true;
    }
  }
  return { rows: 1, clusters: cells.filter((c) => c.count > 0), items: [], bands: [] };
}
