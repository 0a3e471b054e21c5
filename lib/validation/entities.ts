import { z } from 'zod';
import { organizationKinds } from '@/db/schema';
import { isIsoDay } from '@/lib/dates';
import { id, optionalCountryCode, optionalDay, optionalText } from './common';

export const organizationInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter the organization’s name.')
    .max(300, 'The name is too long.'),
  acronym: optionalText(40, 'The acronym'),
  kind: z.enum(organizationKinds),
  countryCode: optionalCountryCode,
  parentId: id.nullable().default(null),
  website: optionalText(500, 'The website'),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
});

/** A new official as created inline from the meeting form (and later the officials screen). */
export const officialInput = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter the official’s name.')
    .max(200, 'The name is too long.'),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  countryCode: optionalCountryCode,
  notes: optionalText(5000, 'The notes'),
  /** The position held now: an existing organization, or a new one created with the official. */
  organizationId: id.nullable().default(null),
  newOrganization: organizationInput.nullable().default(null),
  title: optionalText(200, 'The title'),
  positionStart: optionalDay(),
});

export const topicInput = z.object({
  name: z.string().trim().min(1, 'Enter the topic’s name.').max(120, 'The name is too long.'),
  parentId: id.nullable().default(null),
  description: optionalText(2000, 'The description'),
});

export type OrganizationInput = z.output<typeof organizationInput>;
export type OfficialInput = z.output<typeof officialInput>;
export type OfficialFormValues = z.input<typeof officialInput>;
export type TopicInput = z.output<typeof topicInput>;

export const eventInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the event’s name.').max(300, 'The name is too long.'),
    startDate: z.string().trim().refine(isIsoDay, 'Enter the first day.'),
    endDate: z.string().trim().refine(isIsoDay, 'Enter the last day.'),
    city: optionalText(120, 'The city'),
    countryCode: optionalCountryCode,
    venue: optionalText(300, 'The venue'),
    organizerId: id.nullish().transform((v) => v ?? null),
    description: optionalText(5000, 'The description'),
  })
  .refine((e) => e.endDate >= e.startDate, {
    message: 'The last day cannot be before the first.',
    path: ['endDate'],
  });

export type EventInput = z.output<typeof eventInput>;
