'use client';

import { groupNames, type TimelineGroup, timelineGroups } from '@/lib/timeline/groups';

export interface GroupPickerProps {
  value: TimelineGroup;
  onChange: (group: TimelineGroup) => void;
}

/** "Lanes by: Country | Official | Organization | Topic", as radio buttons. */
export function GroupPicker({ value, onChange }: GroupPickerProps) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="float-left mr-3 text-sm font-medium text-slate-800">Lanes by</legend>
      <div className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white">
        {timelineGroups.map((g) => (
          <label
            key={g}
            className="cursor-pointer border-l border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 first:border-l-0 hover:bg-slate-50 has-[:checked]:bg-blue-800 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:-outline-offset-2 has-[:focus-visible]:outline-blue-700"
          >
            <input
              type="radio"
              name="timeline-group"
              value={g}
              checked={value === g}
              onChange={() => onChange(g)}
              className="sr-only"
            />
            {groupNames[g].one}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
