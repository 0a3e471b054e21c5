import { FUTURE } from './lexicon';

/** What a clause of a sentence says happened. */
export type TriggerKind =
  /** Someone met, received, called or held talks with someone. */
  | 'meeting'
  /** A statement to a plenary or session. */
  | 'session'
  /** "The meeting was chaired by A and brought together B, C": everyone at one table. */
  | 'group'
  /** "They were joined by …", "attended by …": more people at the meeting just told. */
  | 'joiner'
  /** "The consultation took place in Hanoi on 9 May": a meeting whose people come next. */
  | 'pending'
  /** "A and B signed an agreement in Tallinn": a meeting when two named officials are the subject. */
  | 'joint';

export interface Trigger {
  kind: TriggerKind;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

const MEETING_NOUNS = String.raw`(?:talks|meetings?|working sessions?|(?:working\s+)?(?:lunch|dinner|breakfast)|consultations?|conversation|call|conference|videoconference|discussions?|dialogue|exchange of views)`;

const PATTERNS: [TriggerKind, RegExp][] = [
  [
    'group',
    /\b(?:(?:was|were)\s+)?co-?chaired by\b|\bchaired by\b|\bbrought together\b|\bdelegations?\b[^.;]{0,30}?\b(?:headed|led) by\b/gi,
  ],
  [
    'joiner',
    /\b(?:were|was)\s+(?:also\s+)?(?:joined|attended)\s+by\b|\bjoined the (?:talks|meeting|session|delegation|conversation|call)/gi,
  ],
  ['pending', new RegExp(String.raw`\b${MEETING_NOUNS}\b[^.;]{0,120}?\btook place\b`, 'gi')],
  [
    'session',
    /\b(?:addressed|addressing|address(?:es)? (?:to|before)|statement (?:before|to|at)|speech (?:to|before|at)|spoke (?:at|before)|speaking (?:at|before)|told)\s+the\s+(?:[\p{L}\d'’-]+\s+){0,5}?(?:plenary|session|segment|council|assembly|general debate)\b|\bat the (?:opening|closing|first|second|third|plenary|final)\s+(?:session\s+)?(?:of\b|session\b)|\bdelivered\s+(?:a|an|the|his|her|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:national\s+|keynote\s+|opening\s+|closing\s+)?(?:statement|speech|address|remarks)\b(?!\s+to\s+(?:the\s+)?(?:press|media|journalists))|\btook the floor\b/giu,
  ],
  [
    'meeting',
    new RegExp(
      String.raw`\b(?:met|meets|has met|had met|received|hosted|telephoned|phoned)\b|\b(?:(?:meeting|talks|consultations?|conversation|call|audience)\s+between)\b|\b(?:held|had|conducted)\s+(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?${MEETING_NOUNS}\b|\b(?:spoke|talked|conferred)\s+(?:by\s+(?:tele)?phone\s+|over the phone\s+|on the phone\s+|via video(?:\s*link)?\s+)?with\b|\b(?:phone|telephone|video)\s*(?:call|conversation|conference)\b|\bvideoconference\b|\bdiscussed\b[^.;]{0,60}?\bwith\b|\b(?:meeting|talks|consultations|conversation) with\b|\bcourtesy call\b|\b(?:trilateral|quadrilateral|bilateral|joint) meeting\b|\b(?:took part|participated) in a meeting\b`,
      'giu',
    ),
  ],
  [
    'joint',
    /\b(?:signed|agreed|discussed|reviewed|exchanged views|initialled|inaugurated|adopted|issued)\b/gi,
  ],
];

/** Every trigger of a sentence, left to right; overlapping or adjacent ones become one. */
export function findTriggers(sentence: string): Trigger[] {
  const hits: Trigger[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      if (isFuture(sentence, start, end)) continue;
      hits.push({ kind, start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const merged: Trigger[] = [];
  for (const h of hits) {
    const last = merged[merged.length - 1];
    if (
      last &&
      h.start - last.end < 30 &&
      !/,\s*and\b|\band was\b|\band (?:also )?(?:met|held)/.test(sentence.slice(last.end, h.start))
    ) {
      last.end = Math.max(last.end, h.end);
      if (last.kind === 'meeting' && h.kind !== 'meeting') last.kind = h.kind;
      continue;
    }
    merged.push({ ...h });
  }
  return merged;
}

// The words since the clause began: "will also meet", "is expected to hold talks".
function isFuture(sentence: string, start: number, end: number): boolean {
  const clause = sentence.slice(0, end);
  const from = Math.max(
    clause.lastIndexOf(','),
    clause.lastIndexOf(';'),
    clause.lastIndexOf(' and '),
    start - 60,
    0,
  );
  return (
    FUTURE.test(sentence.slice(from, end)) ||
    /\b(?:invitation|invited|to)\s+$/.test(sentence.slice(0, start))
  );
}

/** "separate meetings", "held meetings with A, B and C": one meeting per counterpart. */
export function isSeparate(clause: string): boolean {
  return /\b(?:separate(?:ly)?|individual(?:ly)?|respectively|a series of|several|a number of)\b|\bmeetings\b|\bheld (?:bilateral )?talks with\b[^.]*\band with\b/i.test(
    clause,
  );
}

/** "trilateral meeting with", "a meeting of the foreign ministers of …": one table for all. */
export function isJoint(clause: string): boolean {
  return /\b(?:trilateral|quadrilateral|multilateral|joint|together)\b|\ba meeting of\b/i.test(
    clause,
  );
}

/** "telephone", "video conference": the format the clause names. */
export function remoteFormat(clause: string): 'call' | 'video' | null {
  if (
    /\bvideo\s*(?:conference|call|link)?\b|\bvideoconference\b|\bonline\b|\bvirtual(?:ly)?\b/i.test(
      clause,
    )
  )
    return 'video';
  if (/\b(?:tele)?phone(?:d)?\b/i.test(clause)) return 'call';
  return null;
}
