'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { controlClasses, FieldLabel } from '@/components/ui/field';
import type { PeriodChoice } from '@/lib/periods';

export interface PeriodPickerProps {
  choice: PeriodChoice;
  from: string;
  to: string;
  options: Array<{ value: PeriodChoice; label: string }>;
  /** With JavaScript: a preset applies as soon as it is chosen. */
  onChoose: (choice: PeriodChoice) => void;
}

/**
 * The period's fields inside the dashboard's GET form: a list of presets and years, and for
 * custom dates two date fields. Without JavaScript, "Apply" submits the form.
 */
export function PeriodPicker({ choice: initial, from, to, options, onChoose }: PeriodPickerProps) {
  const [choice, setChoice] = useState<PeriodChoice>(initial);
  const custom = choice === 'custom';
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 sm:w-48 sm:flex-none">
        <FieldLabel htmlFor="dashboard-period">Period</FieldLabel>
        <select
          id="dashboard-period"
          name="period"
          // Uncontrolled: a choice made before the page's script runs survives hydration.
          defaultValue={initial}
          className={controlClasses()}
          onChange={(e) => {
            const next = e.target.value as PeriodChoice;
            setChoice(next);
            if (next !== 'custom') onChoose(next);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {custom ? (
        <>
          <div className="min-w-0 flex-1 sm:w-40 sm:flex-none">
            <FieldLabel htmlFor="dashboard-from">From</FieldLabel>
            <input
              id="dashboard-from"
              name="from"
              type="date"
              defaultValue={from}
              required
              className={controlClasses()}
            />
          </div>
          <div className="min-w-0 flex-1 sm:w-40 sm:flex-none">
            <FieldLabel htmlFor="dashboard-to">To</FieldLabel>
            <input
              id="dashboard-to"
              name="to"
              type="date"
              defaultValue={to}
              required
              className={controlClasses()}
            />
          </div>
        </>
      ) : null}
      <Button type="submit" variant={custom ? 'primary' : 'secondary'}>
        Apply
      </Button>
    </div>
  );
}
