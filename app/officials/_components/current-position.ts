import type { OfficialDetail } from '@/db/queries/officials';

type Position = OfficialDetail['positions'][number];

/**
 * The position held on `today` (started on or before it, not yet ended), the most recently
 * started first; null when none is current.
 */
export function currentPosition(positions: Position[], today: string): Position | null {
  return (
    positions.find(
      (p) => (!p.startDate || p.startDate <= today) && (!p.endDate || p.endDate >= today),
    ) ?? null
  );
}
