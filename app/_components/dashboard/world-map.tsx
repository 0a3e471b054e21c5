'use client';

import { geoEqualEarth, geoPath } from 'd3-geo';
import { scaleQuantile } from 'd3-scale';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

/** A country with meetings: ISO numeric id (the atlas' key), name, count and its list. */
export interface MapCountry {
  numeric: string;
  label: string;
  count: number;
  href: string;
}

export interface WorldMapProps {
  countries: MapCountry[];
}

const WIDTH = 960;
const HEIGHT = 470;
const shades = ['#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'];

/** Every country's outline, projected once per page load (Equal Earth, 1 px precision). */
function useShapes() {
  return useMemo(() => {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection }>;
    const projection = geoEqualEarth().fitExtent(
      [
        [1, 1],
        [WIDTH - 1, HEIGHT - 1],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection).digits(0);
    const features = feature(topology, topology.objects.countries).features;
    return {
      sphere: path({ type: 'Sphere' }) ?? '',
      shapes: features.map((f, i) => ({ id: String(f.id ?? `x${i}`), d: path(f) ?? '' })),
    };
  }, []);
}

const meetings = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'meeting' : 'meetings'}`;

/**
 * Counterpart countries on a world map drawn offline from world-atlas (Natural Earth 1:110m):
 * the darker, the more meetings. Each country with meetings is a link (focusable, named with
 * its count) to exactly those meetings; countries too small for this scale are in the table.
 */
export function WorldMap({ countries }: WorldMapProps) {
  const router = useRouter();
  const { sphere, shapes } = useShapes();
  // The focused (or hovered) country's outline is drawn again on top, so that no neighbour
  // drawn after it hides part of the ring.
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const byId = new Map(countries.map((c) => [c.numeric, c]));
  const counts = countries.map((c) => c.count);
  const scale = scaleQuantile<string>()
    .domain(counts.length ? counts : [0])
    .range(shades);
  const linked = shapes
    .filter((s) => byId.has(s.id))
    .sort((a, b) => byId.get(b.id)!.count - byId.get(a.id)!.count);
  return (
    <div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full"
        role="group"
        aria-label="Counterpart countries on a world map"
      >
        <path d={sphere} fill="#f8fafc" stroke="#cbd5e1" aria-hidden="true" />
        <g aria-hidden="true">
          {shapes
            .filter((s) => !byId.has(s.id))
            .map((s) => (
              <path key={s.id} d={s.d} fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.5} />
            ))}
        </g>
        {linked.map((s) => {
          const c = byId.get(s.id)!;
          const name = `${c.label}: ${meetings(c.count)}`;
          return (
            <a
              key={s.id}
              href={c.href}
              aria-label={name}
              className="outline-none"
              onFocus={() => setFocused(s.id)}
              onBlur={() => setFocused(null)}
              onMouseEnter={() => setHovered(s.id)}
              onMouseLeave={() => setHovered(null)}
              onClick={(e) => {
                e.preventDefault();
                router.push(c.href);
              }}
            >
              <title>{name}</title>
              <path
                d={s.d}
                fill={scale(c.count)}
                stroke="#ffffff"
                strokeWidth={0.5}
                className="cursor-pointer"
              />
            </a>
          );
        })}
        <g aria-hidden="true" fill="none" pointerEvents="none">
          {hovered && hovered !== focused ? (
            <path d={shapes.find((s) => s.id === hovered)?.d} stroke="#0f172a" strokeWidth={1.5} />
          ) : null}
          {focused ? (
            <path d={shapes.find((s) => s.id === focused)?.d} stroke="#f59e0b" strokeWidth={3} />
          ) : null}
        </g>
      </svg>
      <MapLegend counts={counts} shadeOf={(v) => scale(v)} />
    </div>
  );
}

/** Each shade with the smallest and largest count drawn in it. */
function MapLegend({ counts, shadeOf }: { counts: number[]; shadeOf: (n: number) => string }) {
  const ranges = new Map<string, { from: number; to: number }>();
  for (const n of counts) {
    const r = ranges.get(shadeOf(n));
    ranges.set(
      shadeOf(n),
      r ? { from: Math.min(r.from, n), to: Math.max(r.to, n) } : { from: n, to: n },
    );
  }
  const buckets = shades.flatMap((color) => {
    const r = ranges.get(color);
    return r ? [{ color, ...r }] : [];
  });
  if (!buckets.length) return null;
  const n = (v: number) => v.toLocaleString('en');
  return (
    <ul
      aria-label="Meetings per country, by shade"
      className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700"
    >
      {buckets.map((b) => (
        <li key={b.color} className="flex items-center gap-1">
          <span aria-hidden="true" className="h-3 w-5 rounded-xs" style={{ background: b.color }} />
          {b.from === b.to ? n(b.from) : `${n(b.from)}–${n(b.to)}`}
        </li>
      ))}
    </ul>
  );
}
