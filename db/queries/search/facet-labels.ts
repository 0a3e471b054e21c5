import { sql } from 'drizzle-orm';
import { countryName } from '@/lib/countries';
import type { FilterKey } from '@/lib/filters';
import type { DbOrTx } from '../../client';
import { inList } from './values';

/** "side_event" → "Side event". */
export function humanize(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const named = {
  organization: sql`select id, name || coalesce(' (' || acronym || ')', '') as label
    from organizations where id in `,
  official: sql`select id, display_name as label from officials where id in `,
  topic: sql`select id, name as label from topics where id in `,
  event: sql`select id, name as label from events where id in `,
};

/** Display labels for a facet's values; an id that no longer exists shows as "#id". */
export function facetLabels(db: DbOrTx, key: FilterKey, values: string[]): Map<string, string> {
  const labels = new Map<string, string>();
  switch (key) {
    case 'country':
    case 'heldIn':
      for (const v of values) labels.set(v, countryName(v));
      return labels;
    case 'region':
      for (const v of values) labels.set(v, v);
      return labels;
    case 'format':
    case 'status':
      for (const v of values) labels.set(v, humanize(v));
      return labels;
    default: {
      const ids = values.map(Number).filter(Number.isSafeInteger);
      const rows = ids.length
        ? db.all<{ id: number; label: string }>(sql`${named[key]}${inList(ids)}`)
        : [];
      for (const r of rows) labels.set(String(r.id), r.label);
      for (const v of values) if (!labels.has(v)) labels.set(v, `#${v}`);
      return labels;
    }
  }
}
