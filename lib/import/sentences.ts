/** A sentence of the pasted text with its UTF-16 offsets and the paragraph it belongs to. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

// Abbreviations whose full stop does not end a sentence ("Mr. Umarov", "H.E. the Minister").
const ABBREVIATIONS = new Set([
  'mr',
  'hon',
  'rt',
  'mme',
  'messrs',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'gen',
  'col',
  'amb',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'e',
  'h',
  'u',
  's',
  'vs',
  'etc',
  'approx',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Splits text into paragraphs (blank lines or single line breaks) and sentences, keeping
 * offsets so that a draft can point back to the sentences it was drawn from.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n]+/g;
  let paragraph = 0;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    if (!line[0].trim()) continue;
    splitLine(line[0], line.index, paragraph++, out);
  }
  return out;
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let start = 0;
  const ends = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])|[.!?]+["”’)]*\s*$/gu;
  for (let hit = ends.exec(line); hit; hit = ends.exec(line)) {
    const before = line.slice(start, hit.index);
    const lastWord = /([\p{L}]+)$/u.exec(before)?.[1] ?? '';
    // "K. Umarov": an initial; "Mr. X": an abbreviation; neither ends the sentence.
    if (
      hit[0] === '.' &&
      (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord))
    ) {
      continue;
    }
    push(line, start, hit.index + hit[0].length, offset, paragraph, out);
    start = hit.index + hit[0].length;
  }
  push(line, start, line.length, offset, paragraph, out);
}

function push(
  line: string,
  from: number,
  to: number,
  offset: number,
  paragraph: number,
  out: Sentence[],
) {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(line[a]!)) a++;
  while (b > a && /\s/.test(line[b - 1]!)) b--;
  if (b > a) out.push({ text: line.slice(a, b), start: offset + a, end: offset + b, paragraph });
}
