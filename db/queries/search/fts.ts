import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client';
import { foldText, isAscii, tokenFold, WORD } from '@/lib/text';
import type { Highlight, Segment } from './types';

/**
 * bm25 weights, in column order (title; body = summary, outcomes and venue; participants;
 * topics; scope): a word in the title or a participant's name says more about a meeting than
 * one in the summary. The index keeps no row sizes (columnsize=0), 4× cheaper to rank tens of
 * thousands of matches: bm25 then weighs matched words and their rarity, not row lengths
 * (search-index.ts FILLER keeps that order right in small databases).
 */
export const relevance = sql`bm25(meetings_fts, 10.0, 2.0, 5.0, 4.0, 0.0)`;

/** The columns a user's words are looked for in: all but `scope` (see visibleText). */
const TEXT_COLUMNS = '{title body participants topics}';

/**
 * The FTS query of a search of text alone for a reader who may not see `hidden`
 * classifications: the index marks restricted meetings in its `scope` column (migration
 * 0005), so they are left out inside the index, without reading any meeting.
 */
export function visibleText(fts: string, hidden: readonly string[]): string {
  return hidden.includes('restricted') ? `${fts} NOT scope : "restricted"` : fts;
}

/** FTS5's own keywords: read as operators even inside a query of plain words. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
/** Shorter words match only themselves: "un" or "eu" as a prefix would match half the index. */
const MIN_PREFIX = 3;
/** More words add nothing but cost. */
const MAX_TERMS = 16;

/** One term of a search: a word (a prefix when `prefix`) or a phrase of several. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

/**
 * The terms of what a user typed: words, and phrases in balanced double quotes; an unbalanced
 * quote and all other punctuation only separate words; the upper-case keywords AND, OR, NOT
 * and NEAR are dropped. Words of three or more characters outside phrases are prefixes.
 */
export function queryTerms(text: string): QueryTerm[] {
  // NFC so that a decomposed "č" stays one word.
  const clean = text.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ');
  const pieces = clean.split('"');
  // An odd number of pieces means the quotes pair up; otherwise they are plain punctuation.
  const phrases = pieces.length > 1 && pieces.length % 2 === 1;
  const terms: QueryTerm[] = [];
  (phrases ? pieces : [clean]).forEach((piece, i) => {
    const words = (piece.match(WORD) ?? [])
      .filter((w) => !OPERATORS.has(w))
      .map((w) => w.toLowerCase());
    if (phrases && i % 2 === 1) {
      if (words.length) terms.push({ words, prefix: false });
      return;
    }
    for (const w of words) terms.push({ words: [w], prefix: w.length >= MIN_PREFIX });
  });
  return terms.slice(0, MAX_TERMS);
}

/**
 * Turns what a user typed into a safe FTS5 query: every term quoted, AND-ed, and words of three
 * or more characters as prefixes (`umar` → `"umar"*`, finding Umarov), looked for in every
 * column but `scope`; see queryTerms. No input
 * is ever an FTS5 syntax error. Case and diacritics are left to the index's tokenizer (unicode61
 * remove_diacritics 2), which folds query terms exactly as it folded the indexed text; letters it
 * keeps ("ı", "ø", "ß", "ł") are also indexed fully folded (search-index.ts), so "kirisci" finds
 * "Kırışçı" while "kırı" still finds it as typed.
 *
 * Returns null when nothing searchable remains (`"-"`, `AND`, blank): the text filter is then
 * ignored, as if the box were empty.
 */
export function toFtsQuery(text: string): string | null {
  const terms = queryTerms(text);
  if (!terms.length) return null;
  const query = terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' ');
  return `${TEXT_COLUMNS} : (${query})`;
}

interface Token {
  start: number;
  end: number;
  hit: boolean;
}

/** The words of `text` (NFC), each marked when the terms match it, as FTS5 would: whole words or prefixes. */
function tokensOf(text: string, terms: QueryTerm[]): Token[] {
  const tokens = [...text.matchAll(WORD)].map((m) => {
    const word = tokenFold(m[0]);
    return {
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      word,
      // The fully folded spelling the index also holds for it ("kırıscı" → "kirisci"); an
      // ASCII word folds to itself.
      full: isAscii(word) ? word : foldText(m[0]),
      hit: false,
    };
  });
  for (const term of terms) {
    const words = term.words.map(tokenFold);
    const single = words.length === 1;
    for (let i = 0; i + words.length <= tokens.length; i++) {
      const match = words.every((w, k) => {
        const token = tokens[i + k];
        // Only single words match a full fold: the folds are indexed apart from their phrases.
        const forms = single ? [token?.word, token?.full] : [token?.word];
        return forms.some((form = '') =>
          term.prefix && k === words.length - 1 ? form.startsWith(w) : form === w,
        );
      });
      if (match) for (let k = 0; k < words.length; k++) tokens[i + k]!.hit = true;
    }
  }
  return tokens;
}

/** `text` cut into runs of matched words and the rest. */
function segmentsOf(text: string, tokens: Token[], from = 0, to = text.length): Segment[] {
  const segments: Segment[] = [];
  const push = (s: string, hit: boolean) => {
    if (!s) return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += s;
    else segments.push({ text: s, hit });
  };
  let at = from;
  for (const t of tokens) {
    if (t.start < from || t.end > to) continue;
    push(text.slice(at, t.start), false);
    push(text.slice(t.start, t.end), t.hit);
    at = t.end;
  }
  push(text.slice(at, to), false);
  return segments;
}

/** Marks the words of `text` that the terms match. */
export function markText(text: string, terms: QueryTerm[]): Segment[] {
  const source = text.normalize('NFC');
  return segmentsOf(source, tokensOf(source, terms));
}

/** Words a snippet shows: a few before its first match, the rest after. */
const SNIPPET_WORDS = 16;
const SNIPPET_BEFORE = 4;

/** The passage of `text` around its first match, with "…" where it was cut; null if no match. */
export function snippetOf(text: string, terms: QueryTerm[]): Segment[] | null {
  const source = text.normalize('NFC');
  const tokens = tokensOf(source, terms);
  const first = tokens.findIndex((t) => t.hit);
  if (first < 0) return null;
  const from = Math.max(0, first - SNIPPET_BEFORE);
  const to = Math.min(tokens.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length ? source.length : tokens[to - 1]!.end;
  const segments = segmentsOf(source, tokens, start, end);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < source.length) segments.push({ text: '…', hit: false });
  return segments.reduce<Segment[]>((out, s) => {
    const last = out[out.length - 1];
    if (last && last.hit === s.hit) last.text += s.text;
    else out.push({ ...s });
    return out;
  }, []);
}

/**
 * The columns a snippet may come from, best first. Not participants: that column strings names,
 * aliases and titles together ("Helga Schmid Helga Maria Schmid Secretary General …"), which
 * reads badly; a participant who matched is marked in the participant list instead
 * (`Highlight.participantIds`).
 */
const SNIPPET_COLUMNS = ['summary', 'outcomes', 'topics', 'venue'] as const;

type FtsRow = { id: number; title: string } & Record<(typeof SNIPPET_COLUMNS)[number], string>;

/** Whether the terms match a word of `text`. */
export function matches(text: string, terms: QueryTerm[]): boolean {
  const source = text.normalize('NFC');
  return tokensOf(source, terms).some((t) => t.hit);
}

/**
 * Highlights for the given meetings: the title with its matched words marked, and a passage of
 * the first other column that matched. Marked in JavaScript over the indexed text
 * (meetings_search_text): the contentless index has no highlight() or snippet(), and those
 * re-ran the MATCH for each row, about 15 ms a row for a word in 400,000 meetings.
 */
export function highlightsOf(
  db: DbOrTx,
  text: string,
  ids: readonly number[],
): Map<number, Highlight> {
  const map = new Map<number, Highlight>();
  const terms = queryTerms(text);
  const safe = ids.filter(Number.isSafeInteger);
  if (!terms.length || !safe.length) return map;
  // Literal integers: IN lists bind JS numbers as REAL.
  const rows = db.all<FtsRow>(sql`select id, title, summary, outcomes, venue, topics
    from meetings_search_text where id in (${sql.raw(safe.join(', '))})`);
  for (const row of rows) {
    const passage = SNIPPET_COLUMNS.map((c) => snippetOf(row[c] ?? '', terms)).find(Boolean);
    map.set(row.id, {
      title: markText(row.title, terms),
      snippet: passage ?? null,
      participantIds: [],
    });
  }
  return map;
}
