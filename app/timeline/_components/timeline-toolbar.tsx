'use client';

import type { ReactNode } from 'react';
import { spanKindLabels, type SpanKind } from '@/lib/timeline/spans';
import { spanClasses } from './lane-marks';

export interface TimelineToolbarProps {
  /** The chart's heading: "2,000 meetings by country". */
  heading: string;
  /** "6–26 March 2023": the visible period. */
  period: string;
  canZoomIn: boolean;
  canZoomOut: boolean;
  /** Whether "Show all" would change anything (the user chose a period). */
  canFit: boolean;
  onZoom: (factor: number) => void;
  onPan: (fraction: number) => void;
  onFit: () => void;
}

interface ToolProps {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  /** Keep the text visible on narrow screens too. */
  wide?: boolean;
}

function Tool({ label, icon, onClick, disabled, wide }: ToolProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="inline-flex h-9 min-w-9 items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50"
    >
      <span aria-hidden="true" className="text-base leading-none">
        {icon}
      </span>
      <span className={wide ? '' : 'max-sm:sr-only'}>{label}</span>
    </button>
  );
}

/** Zoom and pan buttons, the visible period, and what the shapes mean. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="text-lg font-semibold text-slate-950">{props.heading}</h2>
        <p className="text-sm font-medium text-slate-800 tabular-nums">{props.period}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <div className="flex items-center gap-1.5" role="group" aria-label="Zoom and pan">
          <Tool
            label="Zoom out"
            icon="−"
            onClick={() => props.onZoom(2)}
            disabled={!props.canZoomOut}
          />
          <Tool
            label="Zoom in"
            icon="+"
            onClick={() => props.onZoom(0.5)}
            disabled={!props.canZoomIn}
          />
          <Tool label="Earlier" icon="←" onClick={() => props.onPan(-0.5)} />
          <Tool label="Later" icon="→" onClick={() => props.onPan(0.5)} />
          <Tool label="Show all" icon="⤢" onClick={props.onFit} disabled={!props.canFit} wide />
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 text-xs text-slate-700">
        <p id="timeline-hint">
          Zoom with <kbd className="font-sans font-semibold">+</kbd> and{' '}
          <kbd className="font-sans font-semibold">−</kbd>, the buttons or the mouse wheel; move
          with <kbd className="font-sans font-semibold">←</kbd>{' '}
          <kbd className="font-sans font-semibold">→</kbd> or by dragging;{' '}
          <kbd className="font-sans font-semibold">Home</kbd> and{' '}
          <kbd className="font-sans font-semibold">End</kbd> go to the first and last meeting.
        </p>
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1">
          {(Object.keys(spanKindLabels) as SpanKind[]).map((kind) => (
            <li key={kind} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className={`inline-block h-3 w-6 rounded-sm ${spanClasses[kind]}`}
              />
              {spanKindLabels[kind]}
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-3 w-6 rounded-sm bg-slate-700" />
            Cluster: how many meetings, too many to draw
          </li>
          <li className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-6 rounded-sm border border-violet-300 bg-violet-50"
            />
            Event
          </li>
        </ul>
      </div>
    </div>
  );
}
