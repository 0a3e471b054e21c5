import { findDates } from './dates';
import { findPlaces } from './places';

/** Where the release was written: the dateline, which is not the venue of its meetings. */
export interface Dateline {
  city: string | null;
  countryCode: string | null;
  date: string | null;
}

/** The text with headline, dateline and boilerplate blanked out, offsets unchanged. */
export interface Layout {
  body: string;
  dateline: Dateline | null;
  /** Offsets of the headline, blanked in `body`; a release may tell a meeting only there. */
  headline: [number, number] | null;
}

const BOILERPLATE =
  /^(?:press release|media statement|readout|joint statement|issued by|enquiries|for more information|photo|get the|sign up|subscribe|follow us|source:|tags?:)/i;

// "GENEVA, 4 May (Helvetic News Agency) —", "Warsaw, 14 February 2024 —", "Oslo, 5 June 2024".
const DATELINE =
  /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)(?:,\s*((?:\p{L}+day,\s*)?[\p{L}\d][\p{L}\d ,.]{2,30}?))?\s*(?:\([^)]{1,60}\))?\s*(?:[—–]|--?\s|\.\s|$)/u;
// "(Tallinn, 3 March 2025) Minister …".
const PAREN_DATELINE = /^\((\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?),\s*([^)]{3,30})\)\s*/u;
const DATE_ONLY =
  /^(?:\p{L}+day,\s*)?(?:\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})\s*$/u;

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Blanks the headline, the dateline and boilerplate lines, and reads the dateline. */
export function readLayout(text: string, published: string | null): Layout {
  const lines = text.split('\n');
  let dateline: Dateline | null = null;
  let seenBody = false;
  let headline = false;
  let headlineAt: [number, number] | null = null;
  const out = lines.map((line, i) => {
    const t = line.trim();
    if (!t) return line;
    if (BOILERPLATE.test(t) || (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t))) return blank(line);
    if (seenBody) return line;
    const found = dateline ? null : matchDateline(t, published);
    if (!headline && isHeadline(t, lines, i) && !found?.dateline.date) {
      headline = true;
      const at = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
      headlineAt = [at, at + line.length];
      return blank(line);
    }
    seenBody = true;
    if (!found) return line;
    dateline = found.dateline;
    const at = line.indexOf(t) + found.length;
    return blank(line.slice(0, at)) + line.slice(at);
  });
  return { body: out.join('\n'), dateline, headline: headlineAt };
}

function isHeadline(t: string, lines: string[], i: number): boolean {
  const later = lines.slice(i + 1).some((l) => l.trim());
  return later && !/[.!?]["”’)]?$/.test(t) && t.length < 220;
}

function matchDateline(t: string, published: string | null) {
  if (DATE_ONLY.test(t))
    return {
      dateline: { city: null, countryCode: null, date: dateOf(t, published) },
      length: t.length,
    };
  const m = PAREN_DATELINE.exec(t) ?? DATELINE.exec(t);
  if (!m) return null;
  const caps = m[1] === m[1]!.toUpperCase();
  const name = caps ? titleCase(m[1]!.trim()) : m[1]!.trim();
  const place = findPlaces(name)[0];
  const date = m[2] ? dateOf(m[2], published) : null;
  if (!place && !caps && !date) return null;
  if (!m[2] && !caps && !/[—–]/.test(m[0])) return null;
  const city = place?.kind === 'city' ? place.city! : name;
  return { dateline: { city, countryCode: place?.code ?? null, date }, length: m[0].length };
}

function dateOf(s: string, published: string | null): string | null {
  return findDates(s, published)[0]?.date ?? null;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
