/**
 * Sentence templates for generated summaries, outcomes and follow-ups. Placeholders: {a} and {b}
 * are the two sides' heads ("Askar Nurlanov"), {ca}/{cb} their countries or organizations,
 * {t1}/{t2} topic names (lower-cased), {city} the venue's city, {event} the event's name.
 */
export const SUMMARIES = {
  bilateral: [
    '{a} and {b} discussed {t1} and {t2}.',
    'The sides reviewed the state of relations between {ca} and {cb}, with a focus on {t1}.',
    '{a} and {b} exchanged views on {t1}, {t2} and the international agenda.',
    'The parties discussed prospects for cooperation on {t1} and agreed to keep in close contact.',
  ],
  visit: [
    '{a} paid an official visit to {cb} and held talks with {b} on {t1} and {t2}.',
    'During the visit to {city}, {a} and {b} discussed {t1} and the schedule of upcoming contacts.',
  ],
  call: [
    'In a phone call, {a} and {b} discussed {t1} and {t2}.',
    '{a} and {b} spoke by phone about {t1} and preparations for upcoming contacts.',
  ],
  video: [
    '{a} and {b} held a video conference on {t1} and {t2}.',
    'By video link, the sides reviewed progress on {t1}.',
  ],
  multilateral: [
    'Delegations discussed {t1} and {t2}; {a} presented the position of {ca}.',
    'The participants exchanged views on {t1} and coordinated positions on {t2}.',
  ],
  plenary: [
    '{a} addressed the {event}, focusing on {t1} and {t2}.',
    'In a statement at the {event}, {a} outlined the position of {ca} on {t1}.',
  ],
  side_event: [
    'A side event on {t1} brought together {a} and {b}, among others.',
    '{a} co-chaired a side event on {t1} with {b}.',
  ],
  other: ['{a} and {b} met informally to discuss {t1}.'],
  planned: [
    '{a} and {b} are expected to discuss {t1} and {t2}.',
    'Talks on {t1} are planned between {ca} and {cb}.',
  ],
} as const;

export const OUTCOMES = [
  'The parties agreed to intensify cooperation on {t1}.',
  'The sides agreed to hold the next round of consultations in {city}.',
  'A memorandum of understanding on {t1} was signed.',
  'The parties agreed to set up a joint working group on {t1}.',
  'Agreement to exchange expert delegations on {t2}.',
  '{cb} confirmed its support for the initiative of {ca} on {t1}.',
  'The sides agreed on a roadmap for cooperation on {t1} for the next two years.',
  'Agreement to prepare a joint statement on {t2}.',
] as const;

export const FOLLOW_UPS = [
  'Prepare a draft roadmap on {t1}',
  'Send the draft memorandum on {t1} to {cb}',
  'Organize expert consultations on {t1}',
  'Brief the Minister on the outcomes of the meeting with {b}',
  'Prepare a follow-up letter to {b}',
  'Coordinate the next visit with {cb}',
  'Circulate a note on {t2} to the departments concerned',
  'Propose dates for the next round of consultations on {t1}',
] as const;

export const FOLLOW_UP_OWNERS = [
  'Department of Europe',
  'Department of Asia and Africa',
  'Department of the Americas',
  'Department of Multilateral Diplomacy',
  'Department of International Security',
  'Department of Economic Diplomacy',
  'Protocol Department',
  'Minister’s Office',
] as const;

export const MFA_DEPARTMENTS = [
  'Department of Europe',
  'Department of Asia and Africa',
  'Department of the Americas',
  'Department of Multilateral Diplomacy',
  'Department of International Security',
  'Department of Economic Diplomacy',
  'Consular Service Department',
] as const;

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
