import { describe, expect, it } from 'vitest';
import { layoutNetwork, nodeRadius } from './network-layout';

const nodes = [
  { id: 'ego', weight: 10 },
  { id: 'a', weight: 6 },
  { id: 'b', weight: 3 },
  { id: 'c', weight: 1 },
  { id: 'd', weight: 1 },
];
const links = [
  { source: 'ego', target: 'a', weight: 6 },
  { source: 'ego', target: 'b', weight: 3 },
  { source: 'ego', target: 'c', weight: 1 },
  { source: 'ego', target: 'd', weight: 1 },
  { source: 'a', target: 'b', weight: 2 },
  { source: 'a', target: 'ghost', weight: 2 },
];
const box = { width: 600, height: 400, center: 'ego', margin: { x: 120, y: 40 } };

describe('layoutNetwork', () => {
  it('holds the center in the middle and every circle inside the box', () => {
    const placed = layoutNetwork(nodes, links, box);
    expect(placed.map((p) => p.id)).toEqual(['ego', 'a', 'b', 'c', 'd']);
    expect(placed[0]).toMatchObject({ x: 300, y: 200 });
    for (const p of placed) {
      expect(p.x - p.r).toBeGreaterThanOrEqual(0);
      expect(p.x + p.r).toBeLessThanOrEqual(600);
      expect(p.y - p.r).toBeGreaterThanOrEqual(0);
      expect(p.y + p.r).toBeLessThanOrEqual(400);
    }
  });

  it('puts those met more often closer to the center', () => {
    const placed = layoutNetwork(nodes, links, box);
    const distance = (id: string) => {
      const p = placed.find((n) => n.id === id)!;
      return Math.hypot((p.x - 300) / 180, (p.y - 200) / 160);
    };
    expect(distance('a')).toBeLessThan(distance('c'));
    expect(distance('a')).toBeLessThan(distance('d'));
  });

  it('keeps circles apart', () => {
    const placed = layoutNetwork(nodes, links, box);
    for (const p of placed) {
      for (const q of placed) {
        if (p === q) continue;
        expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(p.r + q.r);
      }
    }
  });

  it('gives the same picture every time', () => {
    expect(layoutNetwork(nodes, links, box)).toEqual(layoutNetwork(nodes, links, box));
  });

  it('sizes circles by weight within bounds', () => {
    expect(nodeRadius(10, 10)).toBe(18);
    expect(nodeRadius(0, 10)).toBe(7);
    expect(nodeRadius(1, 10)).toBeLessThan(nodeRadius(5, 10));
  });
});
