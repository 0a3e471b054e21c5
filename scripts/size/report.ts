import type { RouteWeight } from './measure';

/** The budgets of issue 11 §3, in bytes (KB = 1,000 bytes, as the browser's devtools count). */
export const budgets = {
  /** First-load JavaScript of any page, gzip-compressed. */
  jsGzip: 170_000,
  /** The dashboard's HTML as sent, before compression. */
  dashboardHtml: 150_000,
};

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Every budget a measurement breaks, as a sentence each. */
export function overBudget(weights: RouteWeight[], limits = budgets): string[] {
  const failures: string[] = [];
  for (const w of weights) {
    if (w.status >= 400) failures.push(`${w.path} answered ${w.status}`);
    if (w.jsGzip > limits.jsGzip)
      failures.push(`${w.route}: first-load JS ${kb(w.jsGzip)} > ${kb(limits.jsGzip)}`);
    if (w.route === '/' && w.htmlRaw > limits.dashboardHtml)
      failures.push(`the dashboard's HTML ${kb(w.htmlRaw)} > ${kb(limits.dashboardHtml)}`);
  }
  return failures;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The per-route table of first-load JS, then the heaviest pages' HTML. */
export function formatReport(weights: RouteWeight[], heaviest = 5): string {
  const js = table(
    ['route', 'scripts', 'JS gzip', 'JS wire', 'load', ''],
    weights.map((w) => [
      w.finalPath === w.path ? w.route : `${w.route} → ${w.finalPath}`,
      String(w.scripts),
      kb(w.jsGzip),
      kb(w.jsWire),
      `${w.loadMs} ms`,
      w.jsGzip > budgets.jsGzip ? 'OVER' : '',
    ]),
  );
  const heavy = [...weights].sort((a, b) => b.htmlRaw - a.htmlRaw).slice(0, heaviest);
  if (!heavy.some((w) => w.route === '/')) {
    const dashboard = weights.find((w) => w.route === '/');
    if (dashboard) heavy.push(dashboard);
  }
  const html = table(
    ['page', 'HTML', 'HTML gzip'],
    heavy.map((w) => [w.path, kb(w.htmlRaw), kb(w.htmlGzip)]),
  );
  return `First-load JavaScript (scripts loaded before \`load\`; budget ${kb(budgets.jsGzip)} gzip)\n${js}\n\nHTML of the heaviest pages (dashboard budget ${kb(budgets.dashboardHtml)})\n${html}`;
}

/** Each page's scripts, heaviest first. */
export function formatScripts(weights: RouteWeight[]): string {
  return weights
    .map((w) => {
      const files = [...w.files].sort((a, b) => b.gzip - a.gzip);
      return `${w.route}\n${files.map((f) => `  ${kb(f.gzip).padStart(9)}  ${f.url}`).join('\n')}`;
    })
    .join('\n');
}
