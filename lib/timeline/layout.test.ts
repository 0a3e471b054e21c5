import { describe, expect, it } from 'vitest';
import { type LayoutCell, type LayoutItem, layoutLane, type LayoutOptions } from './layout';
import { meetingSpan } from './spans';
import { DAY_MS, isoToMs } from './time';
import { bucketOf } from './units';

const day = isoToMs;
const options = (pxPerDay: number): LayoutOptions => ({
  pxPerMs: pxPerDay / DAY_MS,
  maxRows: 8,
  minItemPx: 10,
  minEventPx: 40,
  gapPx: 2,
  maxPerCell: Infinity,
});
const item = (id: number, startDate: string, endDate = startDate, eventId: number | null = null) =>
  ({
    id,
    eventId,
    span: meetingSpan({
      startDate,
      endDate,
      datePrecision: startDate === endDate ? 'day' : 'range',
    }),
  }) satisfies LayoutItem;
/** Day cells for the items, counting the items that overlap each (as the tile does). */
function dayCells(items: LayoutItem[], detailed = true): LayoutCell[] {
  const counts = new Map<number, number>();
  for (const i of items) {
    for (let d = i.span.start; d < i.span.end; d += DAY_MS) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].map(([start, count]) => ({ start, end: start + DAY_MS, count, detailed }));
}

// The 66th CND session: the opening statement on 13 March, four meetings "during the session".
const cnd = { id: 1, start: day('2023-03-13'), end: day('2023-03-18') };
const session = [
  item(1, '2023-03-13', '2023-03-13', 1),
  ...[2, 3, 4, 5].map((id) => item(id, '2023-03-13', '2023-03-17', 1)),
];

describe('lane layout', () => {
  it('draws an event as a band with its meetings inside, ranges as spans', () => {
    const layout = layoutLane(dayCells(session), session, new Map([[1, cnd]]), options(60));
    expect(layout.clusters).toEqual([]);
    expect(layout.bands).toEqual([{ id: 1, from: cnd.start, to: cnd.end, row: 0, rows: 6 }]);
    expect(layout.rows).toBe(6);
    const rows = layout.items.map((i) => i.row).sort();
    expect(rows).toEqual([1, 2, 3, 4, 5]);
    const range = layout.items.find((i) => i.id === 3)!;
    expect(range.to - range.from).toBe(5 * DAY_MS);
    const opening = layout.items.find((i) => i.id === 1)!;
    expect(opening.to - opening.from).toBe(DAY_MS);
  });

  it('keeps meetings that do not overlap in one row, and widens the narrow ones', () => {
    const spread = [item(1, '2023-03-01'), item(2, '2023-03-15'), item(3, '2023-03-29')];
    const layout = layoutLane(dayCells(spread), spread, new Map(), options(1));
    expect(layout.rows).toBe(1);
    expect(layout.items.every((i) => i.row === 0)).toBe(true);
    // A day is one pixel wide here; it is drawn ten.
    expect(layout.items[0]!.to - layout.items[0]!.from).toBe(10 * DAY_MS);
  });

  it('clusters the cells whose meetings the tile did not send', () => {
    const cells: LayoutCell[] = [
      { start: day('2023-03-01'), end: day('2023-04-01'), count: 340, detailed: false },
    ];
    const layout = layoutLane(cells, [], new Map(), options(1));
    expect(layout.clusters).toEqual(cells);
    expect(layout.items).toEqual([]);
  });

  it('clusters a crowded cell, and hides in it every meeting that overlaps it', () => {
    const crowded = Array.from({ length: 12 }, (_, i) => item(i + 1, '2023-03-14'));
    const range = item(20, '2023-03-12', '2023-03-15');
    const alone = item(21, '2023-03-20');
    const all = [...crowded, range, alone];
    const layout = layoutLane(dayCells(all), all, new Map(), options(60));
    expect(layout.clusters.map((c) => c.start)).toContain(day('2023-03-14'));
    expect(layout.clusters.find((c) => c.start === day('2023-03-14'))!.count).toBe(13);
    // The range overlaps the cluster: it is counted there, not drawn.
    expect(layout.items.map((i) => i.id)).toEqual([21]);
    expect(layout.rows).toBeLessThanOrEqual(8);
  });

  it('clusters a month when its meetings cannot be told apart at that zoom', () => {
    const month = bucketOf('month', day('2023-03-01'));
    const many = Array.from({ length: 30 }, (_, i) =>
      item(i + 1, `2023-03-${String(i + 1).padStart(2, '0')}`),
    );
    const cells: LayoutCell[] = [{ ...month, count: 30, detailed: true }];
    const layout = layoutLane(cells, many, new Map(), options(0.5));
    expect(layout.clusters).toEqual(cells);
    expect(layout.items).toEqual([]);
    // Zoomed out, a cell of more meetings than `maxPerCell` is a count, room or not.
    const capped = layoutLane(cells, many.slice(0, 2), new Map(), {
      ...options(0.5),
      maxPerCell: 1,
    });
    expect(capped.clusters).toHaveLength(1);
    // Three fit side by side (each drawn 10 px wide in a 15 px month): no cluster.
    const few = many.slice(0, 3);
    const light = layoutLane(
      [{ ...month, count: 3, detailed: true }],
      few,
      new Map(),
      options(0.5),
    );
    expect(light.clusters).toEqual([]);
    expect(light.items).toHaveLength(3);
  });
});
