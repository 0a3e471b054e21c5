import { z } from 'zod';
import { isIsoDay } from '@/lib/dates';
import { timelineGroups } from '@/lib/timeline/groups';
import { bucketCount, bucketUnits } from '@/lib/timeline/units';

/**
 * The timeline's own query parameters (besides the meeting filters, lib/filters.ts), for
 * GET /api/timeline and GET /api/timeline/tile.
 */

/** Buckets one tile request may ask for: the timeline asks for 16 to 28. */
export const MAX_TILE_BUCKETS = 400;
/** Lanes one tile request may name. */
export const MAX_TILE_LANES = 50;

const group = z
  .enum(timelineGroups, `group must be one of ${timelineGroups.join(', ')}.`)
  .default('country');

/** GET /api/timeline: the lanes of a grouping. */
export const timelineSummaryParams = z.object({ group });

const day = (name: string) =>
  z.string().trim().refine(isIsoDay, `${name} must be a date written YYYY-MM-DD.`);

/** GET /api/timeline/tile: the counts (and sparse lanes' meetings) of a stretch of time. */
export const timelineTileParams = z
  .object({
    group,
    unit: z.enum(bucketUnits, `unit must be one of ${bucketUnits.join(', ')}.`),
    start: day('start'),
    end: day('end'),
    /** The lanes' values, comma-separated: country codes, or ids for the other groups. */
    lanes: z
      .string()
      .trim()
      .default('')
      .transform((v) => (v ? [...new Set(v.split(',').map((s) => s.trim().toUpperCase()))] : [])),
    others: z
      .enum(['true', 'false'], 'others must be true or false.')
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.end < p.start) issue('end', 'end must not be before start.');
    else if (bucketCount(p.unit, p.start, p.end) > MAX_TILE_BUCKETS) {
      issue(
        'end',
        `end is too far from start: at most ${MAX_TILE_BUCKETS} buckets of a ${p.unit}.`,
      );
    }
    if (p.lanes.length > MAX_TILE_LANES)
      issue('lanes', `lanes must name at most ${MAX_TILE_LANES}.`);
    const valid = p.group === 'country' ? /^[A-Z]{2}$/ : /^[1-9]\d{0,15}$/;
    const bad = p.lanes.find((v) => !valid.test(v));
    if (bad !== undefined) {
      issue(
        'lanes',
        p.group === 'country'
          ? `lanes must be ISO country codes such as KZ; “${bad}” is not one.`
          : `lanes must be ${p.group} ids; “${bad}” is not one.`,
      );
    }
  });
