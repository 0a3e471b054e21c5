import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Page routes not measured: /setup only opens on an installation without accounts. */
const skipped = new Set(['/setup']);

/** Every page route of the app, as a pattern such as `/officials/[id]/edit`, sorted. */
export function pageRoutes(appDir = 'app'): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name === 'api' || entry.name.startsWith('_')) continue;
        // Route groups and parallel slots do not show in the URL.
        const inUrl = !/^\(.*\)$/.test(entry.name) && !entry.name.startsWith('@');
        walk(path.join(dir, entry.name), inUrl ? [...segments, entry.name] : segments);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
        routes.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(appDir, []);
  return routes.filter((r) => !skipped.has(r)).sort();
}

/**
 * Where a sample value for a dynamic segment comes from: a list page and the links on it. The
 * official and the meeting are the seed article's (Kairat Umarov has the richest profile).
 */
const samples: Record<string, { list: string; link: RegExp }> = {
  '/meetings/[id]': { list: '/meetings?q=Umarov', link: /^\/meetings\/(\d+)$/ },
  '/officials/[id]': { list: '/officials?q=Umarov', link: /^\/officials\/(\d+)$/ },
  '/organizations/[id]': { list: '/organizations', link: /^\/organizations\/(\d+)$/ },
  '/countries/[code]': { list: '/countries', link: /^\/countries\/([A-Z]{2})$/ },
  '/topics/[slug]': { list: '/topics', link: /^\/topics\/(?!new$|merge$)([^/?#]+)$/ },
  '/events/[id]': { list: '/events', link: /^\/events\/(\d+)$/ },
};

async function sampleValue(page: Page, baseUrl: string, prefix: string): Promise<string> {
  const sample = samples[prefix];
  if (!sample) throw new Error(`No sample for the dynamic route ${prefix}: add one to samples`);
  await page.goto(new URL(sample.list, baseUrl).href);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) {
    const match = sample.link.exec(href);
    if (match?.[1]) return match[1];
  }
  throw new Error(`No link like ${sample.link} on ${sample.list}`);
}

/** The routes with each dynamic segment filled from the demo data (one sample per kind). */
export async function concreteRoutes(page: Page, baseUrl: string, routes: string[]) {
  const values = new Map<string, string>();
  const result: Array<{ route: string; path: string }> = [];
  for (const route of routes) {
    const match = /^(.*?\/\[[^\]]+\])/.exec(route);
    if (!match?.[1]) {
      result.push({ route, path: route });
      continue;
    }
    const prefix = match[1];
    if (!values.has(prefix)) values.set(prefix, await sampleValue(page, baseUrl, prefix));
    const value = encodeURIComponent(values.get(prefix) ?? '');
    result.push({ route, path: route.replace(/\[[^\]]+\]/, value) });
  }
  return result;
}
