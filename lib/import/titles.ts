import { FUNCTION_WORDS, TITLE_HEADS } from './lexicon';
import { findPlaces } from './places';
import { parseTitle, type TitleInfo } from './title-parts';
import { isHonorific, isTitleWord, LOWER_TITLES, type NameRun, type Token } from './tokens';

const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'to',
  'in',
  'on',
  'at',
  'de',
  '(',
  ')',
  '’s',
  "'s",
]);
const EDGE = new Set([
  'of',
  'for',
  'and',
  'the',
  'The',
  'to',
  'in',
  'on',
  'at',
  'de',
  ',',
  '’s',
  "'s",
]);

const NO_TITLE: TitleInfo = {
  title: null,
  organization: null,
  countryCode: null,
  international: false,
  titled: false,
  honorific: false,
};

function inRun(i: number, runs: NameRun[]) {
  return runs.some((r) => i >= r.from && i <= r.to);
}

function titleToken(t: Token, i: number, runs: NameRun[]): boolean {
  if (CONNECTORS.has(t.text) || t.text === 'The' || LOWER_TITLES.has(t.text)) return true;
  if (inRun(i, runs) || FUNCTION_WORDS.has(t.text)) return false;
  return /^[\p{Lu}\d]/u.test(t.text);
}

/** The title span before a name: "the Minister of Foreign Affairs of Portugal, Ana". */
function spanBefore(tokens: Token[], runs: NameRun[], run: NameRun): [number, number, boolean] {
  let j = run.from - 1;
  let honorific = false;
  while (j >= 0 && (isHonorific(tokens[j]!.text) || /^['’.]$/.test(tokens[j]!.text))) {
    honorific ||= !/^['’.]$/.test(tokens[j]!.text);
    j--;
  }
  if (tokens[j]?.text === ',') j--;
  const end = j;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || !/^\p{Lu}/u.test(next.text) || inRun(j + 1, runs) || isHonorific(next.text))
        break;
      if (!tokens[j - 1] || inRun(j - 1, runs)) break;
    } else if (!titleToken(t, j, runs)) break;
    j--;
  }
  let start = cutLead(tokens, j + 1, end);
  while (start <= end && EDGE.has(tokens[start]!.text)) start++;
  return [start, end, honorific];
}

/**
 * Drops what comes before the title proper: "visit to Viet Nam of [Lao Deputy Minister …]",
 * "a message from the President of Indonesia to [President …]".
 */
function cutLead(tokens: Token[], start: number, end: number): number {
  let from = start;
  for (let k = from; k <= end; k++) {
    const t = tokens[k]!.text;
    if (t !== 'of' && t !== 'to' && t !== ',' && t !== 'and') continue;
    const head = (a: number, b: number) => tokens.slice(a, b).some((x) => hasHead(x.text));
    if (!head(from, k) || (t === 'to' && head(k + 1, end + 1))) from = k + 1;
  }
  return from;
}

/** The title span after a name: "Peter Launsky-Tieffenthal, Secretary General of the …". */
function spanAfter(tokens: Token[], runs: NameRun[], run: NameRun): [number, number] {
  let j = run.to + 1;
  if (tokens[j]?.text !== ',') return [0, -1];
  j++;
  if (tokens[j]?.text === 'the') j++;
  const start = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || !/^\p{Lu}/u.test(next.text) || inRun(j + 1, runs) || isHonorific(next.text))
        break;
    } else if (!titleToken(t, j, runs)) break;
    j++;
  }
  let end = j - 1;
  while (end >= start && EDGE.has(tokens[end]!.text)) end--;
  const head = tokens.slice(start, Math.min(end + 1, start + 6)).some((t) => isTitleWord(t.text));
  return head ? [start, end] : [0, -1];
}

/** Reads the title, organization and country the text gives around a name. */
export function readTitle(
  sentence: string,
  tokens: Token[],
  runs: NameRun[],
  run: NameRun,
): TitleInfo {
  const [bs, be, honorific] = spanBefore(tokens, runs, run);
  const before = be >= bs ? sentence.slice(tokens[bs]!.start, tokens[be]!.end) : '';
  const counterpart =
    /\b(?:his|her|their|its)\s+(?:(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+)?(?:counterparts?|colleagues?|opposite numbers?)(?:\s+(?:from|of)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{M} ]*?))?\s*,?\s*$/u.exec(
      sentence.slice(0, tokens[run.from]!.start),
    );
  const lead = sentence.slice(0, tokens[run.from]!.start);
  const side = SIDE.exec(lead) ?? DELEGATION.exec(lead);
  const sideCode = side
    ? (findPlaces(side[1]!).find((p) => p.kind !== 'city')?.code ?? null)
    : null;
  if (hasHead(before)) {
    const info = parseTitle(before);
    return { ...info, countryCode: info.countryCode ?? sideCode, honorific };
  }
  if (counterpart) {
    const place = counterpart[1] ?? counterpart[2];
    const code = place ? (findPlaces(place)[0]?.code ?? null) : null;
    return { ...NO_TITLE, countryCode: code, titled: true, honorific };
  }
  const [as, ae] = spanAfter(tokens, runs, run);
  if (ae >= as)
    return { ...parseTitle(sentence.slice(tokens[as]!.start, tokens[ae]!.end)), honorific };
  // "of the Hellenic Republic, Eleni Papadopoulou": a title shared with the name before.
  const shared = /\bof\s+(?:the\s+)?[^,]*,\s*$/.exec(sentence.slice(0, tokens[run.from]!.start));
  const place = shared ? findPlaces(shared[0])[0] : undefined;
  if (place && run.to > run.from)
    return { ...NO_TITLE, countryCode: place.code, titled: true, honorific };
  return { ...NO_TITLE, honorific };
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// "the Polish delegation [was headed] by Deputy Minister Piotr Nowicki".
const SIDE = /\b(\p{Lu}[\p{L}-]+)\s+(?:delegation|side|team)\b[^,.;]{0,40}$/u;
// "a delegation of the Foreign Affairs Committee of the Seimas of Lithuania led by its Chair, X".
const DELEGATION = /\bdelegation\s+(?:of|from)\s+([^.;]*?)\s+(?:led|headed)\s+by\b[^;]{0,40}$/u;

function hasHead(span: string): boolean {
  return (
    span
      .split(/[\s,()]+/)
      .some(
        (w) => isTitleWord(w) && (TITLE_HEADS.has(w) || TITLE_HEADS.has(capital(w)) || /-/.test(w)),
      ) || /\b(?:Deputy|Vice) [\p{Lu}]/u.test(span)
  );
}

export type { TitleInfo } from './title-parts';
