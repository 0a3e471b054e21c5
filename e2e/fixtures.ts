import AxeBuilder from '@axe-core/playwright';
import {
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
  test as base,
  expect,
} from '@playwright/test';
import { authFile, type E2eRole } from './auth-files';

/** A short unique suffix, so that tests running in parallel never see each other's records. */
export function uid(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Makes the records a journey needs through the public API, as an API client would. */
export class Seeder {
  constructor(private readonly request: APIRequestContext) {}

  private async post<T>(url: string, data: unknown): Promise<T> {
    const res = await this.request.post(url, { data });
    expect(res.ok(), `${url}: ${res.status()} ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  }

  async organization(input: {
    name: string;
    acronym?: string;
    kind?: string;
    countryCode?: string;
  }) {
    return this.post<{ id: number }>('/api/organizations', {
      acronym: '',
      kind: 'ministry',
      countryCode: '',
      website: '',
      ...input,
    });
  }

  async official(input: {
    displayName: string;
    countryCode?: string;
    organizationId?: number | null;
    title?: string;
    positionStart?: string;
  }) {
    return this.post<{ id: number }>('/api/officials', {
      countryCode: '',
      notes: '',
      title: '',
      positionStart: '',
      organizationId: null,
      ...input,
    });
  }

  /** A held bilateral meeting between the given officials, with one topic and one source. */
  async meeting(input: {
    title: string;
    officialIds: number[];
    date?: string;
    topics?: string[];
    summary?: string;
    classification?: 'public' | 'internal' | 'restricted';
  }) {
    return this.post<{ id: number; version: number }>('/api/meetings', {
      title: input.title,
      datePrecision: 'day',
      date: input.date ?? '2024-05-14',
      endDate: '',
      time: '10:30',
      venue: 'Ministry of Foreign Affairs',
      city: 'Astana',
      countryCode: 'KZ',
      eventId: null,
      format: 'bilateral',
      status: 'held',
      classification: input.classification ?? 'public',
      summary: input.summary ?? 'The parties discussed regional cooperation.',
      outcomes: 'Agreed to meet again in the autumn.',
      participants: input.officialIds.map((officialId, i) => ({
        officialId,
        organizationId: null,
        role: i === 0 ? 'host' : 'head',
        title: '',
      })),
      topics: (input.topics ?? ['Regional cooperation']).map((name) => ({ name })),
      sources: [
        {
          url: 'https://example.org/press/1',
          title: 'Press release',
          publisher: 'MFA',
          publishedDate: '',
        },
      ],
      followUps: [
        {
          description: 'Send the draft memorandum',
          owner: 'Desk officer',
          dueDate: '2030-01-15',
          status: 'open',
        },
      ],
    });
  }

  /**
   * A held meeting with the given participants (an official, their organization, or both), for
   * journeys that filter by country, organization or venue.
   */
  async meetingWith(input: {
    title: string;
    participants: Array<{ officialId: number | null; organizationId?: number | null }>;
    date?: string;
    city?: string;
    countryCode?: string;
    format?: string;
    topics?: string[];
    summary?: string;
  }) {
    return this.post<{ id: number; version: number }>('/api/meetings', {
      title: input.title,
      datePrecision: 'day',
      date: input.date ?? '2024-05-14',
      endDate: '',
      time: '',
      venue: '',
      city: input.city ?? 'Vienna',
      countryCode: input.countryCode ?? 'AT',
      eventId: null,
      format: input.format ?? 'bilateral',
      status: 'held',
      classification: 'public',
      summary: input.summary ?? '',
      outcomes: '',
      participants: input.participants.map((p, i) => ({
        officialId: p.officialId,
        organizationId: p.organizationId ?? null,
        role: i === 0 ? 'host' : 'head',
        title: '',
      })),
      topics: (input.topics ?? []).map((name) => ({ name })),
      sources: [],
      followUps: [],
    });
  }

  /** Two officials of different countries and a meeting between them. */
  async meetingWithTwoOfficials(title: string) {
    const suffix = uid();
    const kz = await this.organization({
      name: `Ministry of Foreign Affairs ${suffix}`,
      countryCode: 'KZ',
    });
    const a = await this.official({
      displayName: `Aida Nurlanova ${suffix}`,
      countryCode: 'KZ',
      organizationId: kz.id,
      title: 'Deputy Foreign Minister',
    });
    const b = await this.official({
      displayName: `Jonas Keller ${suffix}`,
      countryCode: 'AT',
      title: 'Ambassador',
    });
    const meeting = await this.meeting({ title: `${title} ${suffix}`, officialIds: [a.id, b.id] });
    return { ...meeting, title: `${title} ${suffix}`, officials: [a, b], suffix };
  }
}

/** Fails with a readable list when axe finds any violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export const test = base.extend<{ seed: Seeder }>({
  seed: async ({ request }, use) => {
    await use(new Seeder(request));
  },
});

export { expect };
export { authFile, type E2eRole } from './auth-files';

/**
 * A page in a browser context of its own, signed in as `role` on the blank server (or signed
 * out: `null`), for journeys that need two people or another role than the default editor.
 */
export async function pageAs(browser: Browser, role: E2eRole | null): Promise<Page> {
  const context = await browser.newContext({
    storageState: role ? authFile('blank', role) : { cookies: [], origins: [] },
  });
  return context.newPage();
}

/**
 * Presses Tab until `target` has focus, as a keyboard user moves through the page; fails if it
 * is not reached within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with Tab within ${max} presses`).toBeFocused();
}
