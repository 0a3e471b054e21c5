import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Response } from '@playwright/test';

export interface RouteWeight {
  route: string;
  path: string;
  /** Where the page ended up (a redirect shows here). */
  finalPath: string;
  status: number;
  scripts: number;
  /** Sum of the gzip-compressed sizes of the scripts loaded before `load`, in bytes. */
  jsGzip: number;
  /** The same scripts as the server sent them (Content-Encoding applied), in bytes. */
  jsWire: number;
  htmlRaw: number;
  htmlGzip: number;
  /** Each script counted, with its gzip size. */
  files: Array<{ url: string; gzip: number }>;
  /** From navigation start to the end of the `load` event, in ms. */
  loadMs: number;
}

/** The size a browser receives when the server gzips (Next's compression, default level). */
export const gzipSize = (body: Buffer) => gzipSync(body).length;

/**
 * Opens `path` in a fresh context (an empty cache, so shared chunks count on every page) and
 * weighs every script (by <script> or a preload) whose response ended before the `load` event,
 * as Resource Timing reports it; the bodies are gzipped here, so the figure does not depend on the server compressing.
 */
export async function measureRoute(
  browser: Browser,
  baseUrl: string,
  auth: BrowserContextOptions['storageState'],
  route: string,
  path: string,
): Promise<RouteWeight> {
  const context = await browser.newContext({
    storageState: auth,
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = await context.newPage();
    const scripts = new Map<string, Promise<Buffer | null>>();
    page.on('response', (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(
        response.url(),
        response.body().catch(() => null),
      );
    });
    const document = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    if (!document) throw new Error(`No response for ${path}`);
    await page.waitForFunction(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          ?.loadEventEnd > 0,
    );
    const timing = await page.evaluate(
      (scriptUrls) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const before = performance
          .getEntriesByType('resource')
          .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming)
          .filter((e) => scriptUrls.includes(e.name) && e.responseEnd <= nav.loadEventStart)
          .map((e) => ({ url: e.name, wire: e.encodedBodySize }));
        return { before, loadMs: nav.loadEventEnd };
      },
      [...scripts.keys()],
    );
    let jsGzip = 0;
    let jsWire = 0;
    const files: RouteWeight['files'] = [];
    for (const { url, wire } of timing.before) {
      const body = await scripts.get(url);
      if (!body) throw new Error(`No body recorded for the script ${url} on ${path}`);
      const gzip = gzipSize(body);
      files.push({ url: new URL(url).pathname, gzip });
      jsGzip += gzip;
      jsWire += wire;
    }
    const html = await document.body();
    return {
      route,
      path,
      finalPath: new URL(page.url()).pathname,
      status: document.status(),
      scripts: timing.before.length,
      jsGzip,
      jsWire,
      files,
      htmlRaw: html.length,
      htmlGzip: gzipSize(html),
      loadMs: Math.round(timing.loadMs),
    };
  } finally {
    await context.close();
  }
}
