/** The shapes of issue 12 §3: what `extract` proposes, before `resolve` fills the ids. */
export type DatePrecision = 'day' | 'month' | 'range';

export type MeetingFormat =
  'bilateral' | 'multilateral' | 'call' | 'video' | 'visit' | 'plenary' | 'side_event' | 'other';

export type ParticipantRole = 'host' | 'head' | 'member' | 'observer';

export interface DraftParticipant {
  name: string;
  title: string | null;
  organization: string | null;
  countryCode: string | null;
  officialId: null;
  organizationId: null;
  role: ParticipantRole;
}

export interface DraftEvent {
  name: string;
  startDate: string | null;
  endDate: string | null;
  eventId: null;
}

export interface DraftMeeting {
  title: string;
  date: string | null;
  endDate: string | null;
  datePrecision: DatePrecision;
  city: string | null;
  countryCode: string | null;
  format: MeetingFormat;
  event: DraftEvent | null;
  participants: DraftParticipant[];
  topics: { name: string; topicId: null }[];
  outcomes: string;
  followUps: { description: string; dueDate: string | null }[];
  duplicateOf: null;
  evidence: [number, number][];
}

export interface ExtractInput {
  text: string;
  /** Publication day, YYYY-MM-DD, or null when unknown. */
  published: string | null;
}

export interface ExtractResult {
  meetings: DraftMeeting[];
  warnings: string[];
}
