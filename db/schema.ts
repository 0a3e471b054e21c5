import { relations, sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  userRoles,
  organizationKinds,
  datePrecisions,
  meetingFormats,
  meetingStatuses,
  classifications,
  participantRoles,
  followUpStatuses,
  auditActions,
} from '../lib/domain/vocabularies';
import type { MeetingRecord } from '../lib/domain/meetings';

const timestamps = {
  createdAt: integer('created_at', { mode: 'number' })
    .notNull()
    .default(sql`(unixepoch())`),
  updatedAt: integer('updated_at', { mode: 'number' })
    .notNull()
    .default(sql`(unixepoch())`),
};

/** Columns of every record that people edit: who, optimistic locking, soft delete. */
const editable = {
  ...timestamps,
  createdBy: integer('created_by').references((): AnySQLiteColumn => users.id),
  updatedBy: integer('updated_by').references((): AnySQLiteColumn => users.id),
  version: integer('version').notNull().default(1),
  deletedAt: integer('deleted_at', { mode: 'number' }),
};

/**
 * The accounts: Parley's own columns (role, disabled_at, version) and the ones better-auth reads
 * and writes through its Drizzle adapter (lib/server/auth/config.ts maps its `user` model here). The
 * password lives in `accounts` (better-auth's credential account), never here. Timestamps are
 * Dates for better-auth, stored as unix seconds like every other table.
 */
export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    emailVerified: integer('email_verified', { mode: 'boolean' }).notNull().default(false),
    image: text('image'),
    role: text('role', { enum: userRoles }).notNull().default('viewer'),
    /** Set while the account is disabled: it cannot sign in and its sessions are gone. */
    disabledAt: integer('disabled_at', { mode: 'number' }),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    version: integer('version').notNull().default(1),
    deletedAt: integer('deleted_at', { mode: 'number' }),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email), index('users_role_idx').on(t.role)],
);

/** better-auth's sessions: one row per signed-in browser; the cookie holds the signed token. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    token: text('token').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [uniqueIndex('sessions_token_idx').on(t.token), index('sessions_user_idx').on(t.userId)],
);

/**
 * better-auth's accounts: how a user signs in. Parley uses only the `credential` provider, whose
 * `password` is an argon2id hash (lib/server/auth/password.ts).
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: integer('access_token_expires_at', { mode: 'timestamp' }),
    refreshTokenExpiresAt: integer('refresh_token_expires_at', { mode: 'timestamp' }),
    scope: text('scope'),
    password: text('password'),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    index('accounts_user_idx').on(t.userId),
    uniqueIndex('accounts_provider_account_idx').on(t.providerId, t.accountId),
  ],
);

/** better-auth's one-time values (e.g. password reset tokens); unused flows leave it empty. */
export const verifications = sqliteTable(
  'verifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [index('verifications_identifier_idx').on(t.identifier)],
);

/** Server settings kept with the data, e.g. the secret that signs session cookies. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const organizations = sqliteTable(
  'organizations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    acronym: text('acronym'),
    kind: text('kind', { enum: organizationKinds }).notNull().default('other'),
    /** ISO 3166-1 alpha-2; null for international organizations. */
    countryCode: text('country_code'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => organizations.id),
    website: text('website'),
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Name, acronym and aliases folded to lower case without diacritics, for type-ahead. */
    searchKey: text('search_key').notNull().default(''),
    /** Set when this record was merged into another (and soft-deleted): where its pages lead. */
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => organizations.id),
    ...editable,
  },
  (t) => [
    index('organizations_name_idx').on(t.name),
    index('organizations_country_idx').on(t.countryCode),
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_kind_idx').on(t.kind),
  ],
);

export const officials = sqliteTable(
  'officials',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    displayName: text('display_name').notNull(),
    sortName: text('sort_name').notNull(),
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** The state the official serves; null for international civil servants. */
    countryCode: text('country_code'),
    notes: text('notes'),
    wikidataId: text('wikidata_id'),
    /** Display name and aliases folded to lower case without diacritics, for type-ahead. */
    searchKey: text('search_key').notNull().default(''),
    /** Set when this record was merged into another (and soft-deleted): where its pages lead. */
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => officials.id),
    ...editable,
  },
  (t) => [
    index('officials_sort_name_idx').on(t.sortName),
    index('officials_country_idx').on(t.countryCode),
  ],
);

export const positions = sqliteTable(
  'positions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officialId: integer('official_id')
      .notNull()
      .references(() => officials.id),
    organizationId: integer('organization_id').references(() => organizations.id),
    title: text('title').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    ...editable,
  },
  (t) => [
    index('positions_official_idx').on(t.officialId, t.startDate),
    index('positions_organization_idx').on(t.organizationId),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    city: text('city'),
    countryCode: text('country_code'),
    venue: text('venue'),
    organizerId: integer('organizer_id').references(() => organizations.id),
    description: text('description'),
    ...editable,
  },
  (t) => [
    index('events_start_date_idx').on(t.startDate),
    index('events_country_idx').on(t.countryCode),
    index('events_organizer_idx').on(t.organizerId),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    /** First day the meeting may have taken place (ISO date). */
    startDate: text('start_date').notNull(),
    /**
     * Last day the meeting may have taken place: equal to start_date for an exact day, the last
     * day of the month for month precision, the range's end for a range. Always set, so that
     * "overlaps the filter's range" is one indexed comparison on each side.
     */
    endDate: text('end_date').notNull(),
    datePrecision: text('date_precision', { enum: datePrecisions }).notNull().default('day'),
    /** HH:MM local to the venue. */
    time: text('time'),
    venue: text('venue'),
    city: text('city'),
    countryCode: text('country_code'),
    eventId: integer('event_id').references(() => events.id),
    format: text('format', { enum: meetingFormats }).notNull().default('bilateral'),
    status: text('status', { enum: meetingStatuses }).notNull().default('held'),
    summary: text('summary'),
    outcomes: text('outcomes'),
    classification: text('classification', { enum: classifications }).notNull().default('public'),
    ...editable,
  },
  (t) => [
    index('meetings_start_date_idx').on(t.startDate, t.id),
    index('meetings_end_date_idx').on(t.endDate),
    index('meetings_country_idx').on(t.countryCode, t.startDate),
    index('meetings_event_idx').on(t.eventId, t.startDate),
    index('meetings_format_idx').on(t.format, t.startDate),
    index('meetings_status_idx').on(t.status, t.startDate),
    index('meetings_classification_idx').on(t.classification),
    index('meetings_deleted_idx').on(t.deletedAt),
    // Covering: the date filter's overlap test (start <= to and end >= from) without the row.
    index('meetings_span_idx').on(t.startDate, t.endDate),
    // The longest span, in O(log n): a meeting overlapping [from, …] started at most that many
    // days before `from`, which bounds the date filter's index range from below.
    index('meetings_span_days_idx').on(sql`(julianday(${t.endDate}) - julianday(${t.startDate}))`),
    // A narrow copy of every filtered column, what facets count and what tells a changed meeting
    // (version, deleted_at): read by id without touching the wide rows (summary, outcomes).
    index('meetings_facet_idx').on(
      t.id,
      t.format,
      t.status,
      t.countryCode,
      t.eventId,
      t.startDate,
      t.endDate,
      t.classification,
      t.deletedAt,
      t.version,
    ),
  ],
);

export const participants = sqliteTable(
  'participants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    officialId: integer('official_id').references(() => officials.id),
    organizationId: integer('organization_id').references(() => organizations.id),
    role: text('role', { enum: participantRoles }).notNull().default('member'),
    /** The official's title at the time of the meeting, kept so history stays true. */
    title: text('title'),
    /**
     * The country this participant represented at the meeting: the organization's country, else
     * the official's. Fixed when the meeting is written, like the title.
     */
    countryCode: text('country_code'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('participants_meeting_idx').on(t.meetingId),
    index('participants_official_idx').on(t.officialId, t.meetingId),
    index('participants_organization_idx').on(t.organizationId, t.meetingId),
    index('participants_country_idx').on(t.countryCode, t.meetingId),
    // Covering, by meeting: one seek tests any participant filter on a meeting, and gives a
    // meeting's facet values, without reading the participant rows.
    index('participants_meeting_cover_idx').on(
      t.meetingId,
      t.countryCode,
      t.organizationId,
      t.officialId,
    ),
    uniqueIndex('participants_meeting_official_idx')
      .on(t.meetingId, t.officialId)
      .where(sql`official_id is not null`),
  ],
);

export const topics = sqliteTable(
  'topics',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => topics.id),
    description: text('description'),
    /** Other names of the topic, e.g. those of topics merged into it. */
    aliases: text('aliases', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Set when this record was merged into another (and soft-deleted): where its pages lead. */
    mergedIntoId: integer('merged_into_id').references((): AnySQLiteColumn => topics.id),
    ...editable,
  },
  (t) => [
    uniqueIndex('topics_slug_idx').on(t.slug),
    index('topics_parent_idx').on(t.parentId),
    index('topics_name_idx').on(t.name),
  ],
);

/**
 * Addresses a topic had before a rename (topics.slug is the current one), so that links and
 * bookmarks to the old address still lead to it.
 */
export const topicSlugs = sqliteTable('topic_slugs', {
  slug: text('slug').primaryKey(),
  topicId: integer('topic_id')
    .notNull()
    .references(() => topics.id),
});

export const meetingTopics = sqliteTable(
  'meeting_topics',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.topicId] }),
    index('meeting_topics_topic_idx').on(t.topicId, t.meetingId),
  ],
);

export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    url: text('url'),
    title: text('title'),
    publisher: text('publisher'),
    publishedDate: text('published_date'),
    excerpt: text('excerpt'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('sources_meeting_idx').on(t.meetingId)],
);

export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    owner: text('owner'),
    dueDate: text('due_date'),
    status: text('status', { enum: followUpStatuses }).notNull().default('open'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index('follow_ups_meeting_idx').on(t.meetingId),
    index('follow_ups_status_due_idx').on(t.status, t.dueDate),
  ],
);

export const auditEntries = sqliteTable(
  'audit_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id),
    at: integer('at', { mode: 'number' })
      .notNull()
      .default(sql`(unixepoch())`),
    action: text('action', { enum: auditActions }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id').notNull(),
    /**
     * The record's version after this change (null for records without one): a conflicting
     * save lists the changes made after the version its form was opened at.
     */
    entityVersion: integer('entity_version'),
    /** Field-level difference: `{ field: { before, after } }`. */
    diff: text('diff', { mode: 'json' }).$type<
      Record<string, { before: unknown; after: unknown }>
    >(),
  },
  (t) => [
    index('audit_entries_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_entries_user_idx').on(t.userId, t.at),
    index('audit_entries_at_idx').on(t.at),
    index('audit_entries_action_idx').on(t.action, t.at),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({
  auditEntries: many(auditEntries),
  sessions: many(sessions),
  accounts: many(accounts),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

export const accountsRelations = relations(accounts, ({ one }) => ({
  user: one(users, { fields: [accounts.userId], references: [users.id] }),
}));

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  parent: one(organizations, {
    fields: [organizations.parentId],
    references: [organizations.id],
    relationName: 'organization_parent',
  }),
  children: many(organizations, { relationName: 'organization_parent' }),
  positions: many(positions),
  participants: many(participants),
  organizedEvents: many(events),
}));

export const officialsRelations = relations(officials, ({ many }) => ({
  positions: many(positions),
  participants: many(participants),
}));

export const positionsRelations = relations(positions, ({ one }) => ({
  official: one(officials, { fields: [positions.officialId], references: [officials.id] }),
  organization: one(organizations, {
    fields: [positions.organizationId],
    references: [organizations.id],
  }),
}));

export const eventsRelations = relations(events, ({ one, many }) => ({
  organizer: one(organizations, { fields: [events.organizerId], references: [organizations.id] }),
  meetings: many(meetings),
}));

export const meetingsRelations = relations(meetings, ({ one, many }) => ({
  event: one(events, { fields: [meetings.eventId], references: [events.id] }),
  participants: many(participants),
  meetingTopics: many(meetingTopics),
  sources: many(sources),
  followUps: many(followUps),
}));

export const participantsRelations = relations(participants, ({ one }) => ({
  meeting: one(meetings, { fields: [participants.meetingId], references: [meetings.id] }),
  official: one(officials, { fields: [participants.officialId], references: [officials.id] }),
  organization: one(organizations, {
    fields: [participants.organizationId],
    references: [organizations.id],
  }),
}));

export const topicsRelations = relations(topics, ({ one, many }) => ({
  parent: one(topics, {
    fields: [topics.parentId],
    references: [topics.id],
    relationName: 'topic_parent',
  }),
  children: many(topics, { relationName: 'topic_parent' }),
  meetingTopics: many(meetingTopics),
}));

export const meetingTopicsRelations = relations(meetingTopics, ({ one }) => ({
  meeting: one(meetings, { fields: [meetingTopics.meetingId], references: [meetings.id] }),
  topic: one(topics, { fields: [meetingTopics.topicId], references: [topics.id] }),
}));

export const sourcesRelations = relations(sources, ({ one }) => ({
  meeting: one(meetings, { fields: [sources.meetingId], references: [meetings.id] }),
}));

export const followUpsRelations = relations(followUps, ({ one }) => ({
  meeting: one(meetings, { fields: [followUps.meetingId], references: [meetings.id] }),
}));

export const auditEntriesRelations = relations(auditEntries, ({ one }) => ({
  user: one(users, { fields: [auditEntries.userId], references: [users.id] }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type Official = typeof officials.$inferSelect;
export type NewOfficial = typeof officials.$inferInsert;
export type Position = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Meeting = typeof meetings.$inferSelect;
/** The stored row stays what lib/domain says a meeting is (a compile-time check). */
const _meetingIsRecord: Meeting extends MeetingRecord ? true : never = true;
export type NewMeeting = typeof meetings.$inferInsert;
export type Participant = typeof participants.$inferSelect;
export type NewParticipant = typeof participants.$inferInsert;
export type Topic = typeof topics.$inferSelect;
export type NewTopic = typeof topics.$inferInsert;
export type MeetingTopic = typeof meetingTopics.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type FollowUp = typeof followUps.$inferSelect;
export type NewFollowUp = typeof followUps.$inferInsert;
export type AuditEntry = typeof auditEntries.$inferSelect;
export type NewAuditEntry = typeof auditEntries.$inferInsert;
