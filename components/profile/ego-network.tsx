import type { EgoNetwork as EgoNetworkData } from '@/lib/domain/profiles';
import { layoutNetwork, type PlacedNode } from '@/lib/network-layout';
import { EgoNetworkTable } from './ego-network-table';
import { plural } from './links';

export interface EgoNetworkProps {
  network: EgoNetworkData;
}

interface Box {
  width: number;
  height: number;
  margin: { x: number; y: number };
  className: string;
}

/** Wide on tablets and up, tall on phones: the text stays readable at either size. */
const boxes: Box[] = [
  { width: 760, height: 460, margin: { x: 150, y: 40 }, className: 'hidden sm:block' },
  { width: 360, height: 560, margin: { x: 72, y: 56 }, className: 'sm:hidden' },
];

/** "Ghada Fathi Waly" → ["Ghada Fathi", "Waly"]: two short lines fit beside a circle. */
function lines(label: string): string[] {
  const cut = label.lastIndexOf(' ');
  return cut > 0 && label.length > 12 ? [label.slice(0, cut), label.slice(cut + 1)] : [label];
}

/** A label outside its circle, on the side facing away from the center. */
function Label({ node, cx, cy, text }: { node: PlacedNode; cx: number; cy: number; text: string }) {
  const dx = node.x - cx;
  const dy = node.y - cy;
  const side = Math.abs(dx) > Math.abs(dy) * 0.6;
  const anchor = !side ? 'middle' : dx > 0 ? 'start' : 'end';
  const gap = node.r + 5;
  const rows = lines(text);
  const x = side ? node.x + Math.sign(dx) * gap : node.x;
  const y = side
    ? node.y + 4 - ((rows.length - 1) * 14) / 2
    : dy > 0
      ? node.y + gap + 10
      : node.y - gap - (rows.length - 1) * 14 - 2;
  return (
    <text
      textAnchor={anchor}
      className="fill-slate-900 stroke-white text-[12px] group-hover:underline group-focus-visible:underline"
      style={{ paintOrder: 'stroke', strokeWidth: 4 }}
    >
      {rows.map((row, i) => (
        <tspan key={row} x={x} y={y + i * 14}>
          {row}
        </tspan>
      ))}
    </text>
  );
}

function NetworkSvg({ network, box }: EgoNetworkProps & { box: Box }) {
  const { center, counterparts, links } = network;
  const centerId = String(center.id);
  const placed = layoutNetwork(
    [{ id: centerId, weight: 0 }, ...counterparts.map((c) => ({ id: c.value, weight: c.count }))],
    links.map((l) => ({ source: String(l.source), target: String(l.target), weight: l.count })),
    { width: box.width, height: box.height, margin: box.margin, center: centerId },
  );
  const at = new Map(placed.map((p) => [p.id, p]));
  const cx = box.width / 2;
  const cy = box.height / 2;
  const maxCount = Math.max(1, ...counterparts.map((c) => c.count), ...links.map((l) => l.count));
  const line = (a: string, b: string, n: number, dashed: boolean) => {
    const p = at.get(a);
    const q = at.get(b);
    if (!p || !q) return null;
    return (
      <line
        key={`${a}-${b}`}
        x1={p.x}
        y1={p.y}
        x2={q.x}
        y2={q.y}
        strokeWidth={dashed ? 1 + n / maxCount : 1.5 + 4 * (n / maxCount)}
        strokeDasharray={dashed ? '4 4' : undefined}
        className={dashed ? 'stroke-slate-400/70' : 'stroke-blue-300'}
      />
    );
  };
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      className={`mx-auto h-auto w-full max-w-3xl ${box.className}`}
      role="group"
      aria-label={`Who met whom around ${center.label}`}
    >
      <g aria-hidden="true">
        {links.map((l) => line(String(l.source), String(l.target), l.count, true))}
        {counterparts.map((c) => line(centerId, c.value, c.count, false))}
      </g>
      <g aria-hidden="true">
        <circle cx={cx} cy={cy} r={22} className="fill-blue-800" />
        <text
          x={cx}
          y={cy + 38}
          textAnchor="middle"
          className="fill-slate-950 stroke-white text-[13px] font-semibold"
          style={{ paintOrder: 'stroke', strokeWidth: 4 }}
        >
          {center.label}
        </text>
      </g>
      {counterparts.map((c) => {
        const p = at.get(c.value);
        if (!p) return null;
        return (
          <a
            key={c.value}
            href={`/officials/${c.value}`}
            aria-label={`${c.label}, ${plural(c.count, 'meeting', 'meetings')}`}
            className="group outline-none"
          >
            <circle
              cx={p.x}
              cy={p.y}
              r={p.r}
              className="fill-white stroke-blue-800 stroke-2 group-hover:fill-blue-50 group-focus-visible:fill-amber-100 group-focus-visible:stroke-[4]"
            />
            <text
              x={p.x}
              y={p.y + 4}
              textAnchor="middle"
              className="fill-slate-900 text-[11px] font-semibold"
            >
              {c.count}
            </text>
            <Label node={p} cx={cx} cy={cy} text={c.label} />
          </a>
        );
      })}
    </svg>
  );
}

/**
 * The who-met-whom graph around an official: their counterparts (circle size, closeness and
 * line width by meetings together) and, dashed, the counterparts who met each other. Each
 * counterpart is a link to their profile, reachable with Tab; the same data follows as a table.
 */
export function EgoNetwork({ network }: EgoNetworkProps) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <div className="p-2">
        {boxes.map((b) => (
          <NetworkSvg key={b.className} network={network} box={b} />
        ))}
        <p className="px-2 pb-2 text-xs text-slate-600">
          Solid lines: meetings with {network.center.label}; the more meetings, the closer and
          larger the circle. Dashed lines: counterparts who met each other (with or without{' '}
          {network.center.label}). Numbers are meetings.
        </p>
      </div>
      <EgoNetworkTable network={network} />
    </div>
  );
}
