import { z } from 'zod';
import {
  classifications,
  datePrecisions,
  followUpStatuses,
  meetingFormats,
  meetingStatuses,
  participantRoles,
} from '@/lib/domain/vocabularies';
import { isIsoDay, isIsoMonth } from '@/lib/dates';
import { id, optionalCountryCode, optionalDay, optionalText } from './common';

export const participantInput = z
  .object({
    officialId: id.nullish().transform((v) => v ?? null),
    organizationId: id.nullish().transform((v) => v ?? null),
    role: z.enum(participantRoles).default('member'),
    title: optionalText(200, 'The title'),
  })
  .refine((p) => p.officialId !== null || p.organizationId !== null, {
    message: 'Choose an official or an organization.',
    path: ['officialId'],
  });

export const topicRef = z.object({
  id: id.optional(),
  name: z.string().trim().min(1, 'Enter a topic name.').max(120, 'The topic name is too long.'),
});

export const sourceInput = z
  .object({
    url: z
      .string()
      .trim()
      .refine(
        (v) => v === '' || isHttpUrl(v),
        'Enter a full URL, starting with http:// or https://.',
      )
      .transform((v) => v || null),
    title: optionalText(300, 'The title'),
    publisher: optionalText(200, 'The publisher'),
    publishedDate: optionalDay(),
  })
  .refine((s) => s.url !== null || s.title !== null, {
    message: 'Enter a URL or a title.',
    path: ['url'],
  });

export const followUpInput = z.object({
  id: id.optional(),
  description: z.string().trim().min(1, 'Describe the follow-up.').max(1000),
  owner: optionalText(200, 'The owner'),
  dueDate: optionalDay('Enter a valid due date.'),
  status: z.enum(followUpStatuses).default('open'),
});

/** The logging form's input: used by the form for hints and by the server as the authority. */
export const meetingInput = z
  .object({
    title: z.string().trim().min(1, 'Enter a title.').max(300, 'The title is too long.'),
    datePrecision: z.enum(datePrecisions),
    date: z.string().trim(),
    endDate: z
      .string()
      .nullish()
      .transform((v) => v?.trim() ?? ''),
    time: z
      .string()
      .nullish()
      .transform((v) => v?.trim() || null)
      .refine((v) => v === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'Enter a time as HH:MM.'),
    venue: optionalText(300, 'The venue'),
    city: optionalText(120, 'The city'),
    countryCode: optionalCountryCode,
    eventId: id.nullish().transform((v) => v ?? null),
    format: z.enum(meetingFormats),
    status: z.enum(meetingStatuses).default('held'),
    classification: z.enum(classifications).default('public'),
    summary: optionalText(20000, 'The summary'),
    outcomes: optionalText(20000, 'The outcomes'),
    participants: z.array(participantInput).min(1, 'Add at least one participant.').max(200),
    topics: z.array(topicRef).max(50).default([]),
    sources: z.array(sourceInput).max(50).default([]),
    followUps: z.array(followUpInput).max(100).default([]),
  })
  .superRefine((m, ctx) => {
    if (m.datePrecision === 'month') {
      if (!isIsoMonth(m.date.slice(0, 7)) || (m.date.length !== 7 && !isIsoDay(m.date))) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the month.' });
      }
      return;
    }
    if (!isIsoDay(m.date)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Enter the date.' });
      return;
    }
    if (m.datePrecision === 'range') {
      if (!isIsoDay(m.endDate)) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'Enter the end date of the range.',
        });
      } else if (m.endDate < m.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['endDate'],
          message: 'The end date cannot be before the start date.',
        });
      }
    }
    const officials = m.participants.map((p) => p.officialId).filter((v) => v !== null);
    if (new Set(officials).size !== officials.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants'],
        message: 'A person is listed twice.',
      });
    }
  });

export type MeetingFormValues = z.input<typeof meetingInput>;
export type MeetingInput = z.output<typeof meetingInput>;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
