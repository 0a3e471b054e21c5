/**
 * Counts as the app writes them ("1,234"). One shared formatter: `toLocaleString` builds a new
 * one per call, which costs more than the rest of drawing a cluster when hundreds are redrawn
 * on every zoom step.
 */
const numbers = new Intl.NumberFormat('en');

export function formatCount(n: number): string {
  return numbers.format(n);
}

/** "1 meeting", "1,234 meetings". */
export function meetingsCount(n: number): string {
  return `${numbers.format(n)} ${n === 1 ? 'meeting' : 'meetings'}`;
}
