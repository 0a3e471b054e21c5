import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export interface NetworkNodeInput {
  id: string;
  /** Meetings: sets the circle's size and how close to the center it sits. */
  weight: number;
}

export interface NetworkLinkInput {
  source: string;
  target: string;
  weight: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface NetworkLayoutOptions {
  width: number;
  height: number;
  /** The node held in the middle (the ego network's center); the others ring around it. */
  center: string;
  /** Room kept free left and right of the ring, and above and below it, for the labels. */
  margin?: { x: number; y: number };
  /** Simulation steps: fixed, so the same graph always gets the same picture. */
  ticks?: number;
}

type SimNode = SimulationNodeDatum & { id: string; share: number };
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

/** Circle radius for a weight: area grows with the count, within readable bounds. */
export function nodeRadius(weight: number, maxWeight: number): number {
  const share = Math.sqrt(Math.max(0, weight) / Math.max(1, maxWeight));
  return 7 + 11 * share;
}

/** The ring's radius in the simulation's own units. */
const RING = 100;

/**
 * Positions for an ego network, computed with d3-force to a fixed number of ticks (d3's seeded
 * random source makes it deterministic), on the server: no layout work or shift in the browser.
 * The center is fixed in the middle; the others settle on a ring around it (the more meetings,
 * the closer), spread apart by collision and charge, and pulled towards those they met (the
 * links among them). The ring is then fitted to the box as an ellipse, keeping `margin` free
 * for labels.
 */
export function layoutNetwork(
  nodes: NetworkNodeInput[],
  links: NetworkLinkInput[],
  { width, height, center, margin = { x: 0, y: 0 }, ticks = 300 }: NetworkLayoutOptions,
): PlacedNode[] {
  const others = nodes.filter((n) => n.id !== center);
  const maxWeight = Math.max(1, ...others.map((n) => n.weight));
  const sim: SimNode[] = others.map((n) => ({ id: n.id, share: n.weight / maxWeight }));
  const known = new Set(sim.map((n) => n.id));
  const simLinks: SimLink[] = links
    .filter((l) => known.has(l.source) && known.has(l.target))
    .map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
  // Even spacing on the ring: each node claims its share of the circumference.
  const spacing = Math.min(40, ((Math.PI * RING) / Math.max(1, sim.length)) * 0.9);
  forceSimulation(sim)
    .force('ring', forceRadial<SimNode>((n) => RING * (1 - 0.3 * n.share)).strength(0.9))
    .force('charge', forceManyBody<SimNode>().strength(-40))
    .force('collide', forceCollide<SimNode>(spacing))
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((n) => n.id)
        .distance(spacing * 2)
        .strength(0.03),
    )
    .stop()
    .tick(ticks);
  const rx = Math.max(10, width / 2 - margin.x);
  const ry = Math.max(10, height / 2 - margin.y);
  const placed = new Map<string, PlacedNode>();
  for (const n of sim) {
    const r = nodeRadius(n.share * maxWeight, maxWeight);
    placed.set(n.id, {
      id: n.id,
      x: clamp(width / 2 + ((n.x ?? 0) / RING) * rx, r + 2, width - r - 2),
      y: clamp(height / 2 + ((n.y ?? 0) / RING) * ry, r + 2, height - r - 2),
      r,
    });
  }
  return nodes.map(
    (n) =>
      placed.get(n.id) ?? {
        id: n.id,
        x: width / 2,
        y: height / 2,
        r: nodeRadius(maxWeight, maxWeight) + 4,
      },
  );
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
