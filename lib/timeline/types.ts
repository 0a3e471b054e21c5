import type { DatePrecision, MeetingFormat, MeetingStatus } from '@/lib/domain/vocabularies';
import type { GroupMode, TimelineGroup } from './groups';
import type { BucketUnit } from './units';

/** One lane of the timeline: a value of the group, or every other value ("others"). */
export interface TimelineLane {
  /** The value (country code, or id as text), or OTHERS. */
  key: string;
  /** What the lane is called: "Kazakhstan", "Kairat Umarov", "UNODC", "Other countries". */
  label: string;
  /** The full name when the label is short (an organization's acronym). */
  title: string | null;
  /** Meetings in the lane under the page's filters (= countMeetings of `query`). */
  count: number;
  /** The lane's filter state as a query string, for /meetings?… and its cells' links. */
  query: string;
}

/** The lanes and the extent of a filtered set (GET /api/timeline). */
export interface TimelineSummary {
  group: TimelineGroup;
  mode: GroupMode;
  /** Meetings in the filtered set. */
  total: number;
  /** First and last day of the set's meetings (ISO), or null when it is empty. */
  first: string | null;
  last: string | null;
  /** The values with the most meetings, most first, then "others" when there is one. */
  lanes: TimelineLane[];
  /** Values with meetings that no lane shows (neither their own nor "others"). */
  hiddenValues: number;
}

/** A bucket of a lane with meetings in it: the meetings whose dates overlap it. */
export interface TimelineBucket {
  /** First day, ISO. */
  start: string;
  count: number;
}

/** A meeting drawn on the timeline, with what its card shows. */
export interface TimelineMeeting {
  id: number;
  title: string;
  startDate: string;
  endDate: string;
  datePrecision: DatePrecision;
  time: string | null;
  venue: string | null;
  city: string | null;
  countryCode: string | null;
  format: MeetingFormat;
  status: MeetingStatus;
  eventId: number | null;
  /** The lanes (keys) it is drawn in. */
  lanes: string[];
  /** The first few participants, as the card names them. */
  people: TimelinePerson[];
  /** How many participants it has in all. */
  peopleCount: number;
}

/** A participant as a card names them: "Kairat Umarov" of "Kazakhstan", "Helga Schmid" of "OSCE". */
export interface TimelinePerson {
  name: string;
  /** The acronym, else the country represented, else the organization; null for an organization. */
  affiliation: string | null;
}

export interface TimelineEvent {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
}

/**
 * One tile of the timeline (GET /api/timeline/tile): per lane, the count of each bucket, and
 * the meetings themselves for the lanes that have few enough of them in the tile.
 */
export interface TimelineTile {
  unit: BucketUnit;
  /** The tile's first and last day (ISO), widened to whole buckets. */
  start: string;
  end: string;
  lanes: Array<{
    key: string;
    buckets: TimelineBucket[];
    /** True when `meetings` holds every meeting of the lane in the tile. */
    detailed: boolean;
  }>;
  meetings: TimelineMeeting[];
  /** The events of those meetings. */
  events: TimelineEvent[];
}
