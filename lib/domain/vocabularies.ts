/**
 * The domain's vocabularies: the values each enumerated column may take. db/schema.ts builds its
 * columns from them and everyone else (forms, filters, validation, the browser) imports them from
 * here, so that nothing of the database reaches the browser.
 */
export const userRoles = ['viewer', 'editor', 'admin'] as const;
export const organizationKinds = [
  'ministry',
  'government',
  'international',
  'ngo',
  'company',
  'academic',
  'media',
  'other',
] as const;
export const datePrecisions = ['day', 'month', 'range'] as const;
export const meetingFormats = [
  'bilateral',
  'multilateral',
  'call',
  'video',
  'visit',
  'plenary',
  'side_event',
  'other',
] as const;
export const meetingStatuses = ['planned', 'held', 'cancelled', 'postponed'] as const;
export const classifications = ['public', 'internal', 'restricted'] as const;
export const participantRoles = ['host', 'head', 'member', 'observer'] as const;
export const followUpStatuses = ['open', 'done', 'dropped'] as const;
export const auditActions = ['create', 'update', 'delete', 'restore', 'merge'] as const;

export type UserRole = (typeof userRoles)[number];
export type OrganizationKind = (typeof organizationKinds)[number];
export type DatePrecision = (typeof datePrecisions)[number];
export type MeetingFormat = (typeof meetingFormats)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type Classification = (typeof classifications)[number];
export type ParticipantRole = (typeof participantRoles)[number];
export type FollowUpStatus = (typeof followUpStatuses)[number];
export type AuditAction = (typeof auditActions)[number];
