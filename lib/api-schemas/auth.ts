import { z } from 'zod';
import { userRoles } from '@/lib/domain/vocabularies';
import { id } from './common';

/** An account as GET /api/admin/users lists it. */
export const userRow = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: z.enum(userRoles),
  disabled: z.boolean(),
  disabledAt: z.number().int().nullable().describe('Seconds since 1970 when disabled, or null.'),
  createdAt: z.string().describe('ISO timestamp of the account’s creation.'),
  version: z.number().int().positive(),
  lastSignIn: z.number().int().nullable().describe('Seconds since 1970 of the last sign-in.'),
});

export const usersResponse = z.object({ users: z.array(userRow) });
export const userCreated = z.object({ id });
export const userChanged = z.object({ id, version: z.number().int().nonnegative() });

/** better-auth's answer to a sign-in: the session token is also set as an HttpOnly cookie. */
export const signInResponse = z.object({
  redirect: z.boolean(),
  token: z.string(),
  url: z.string().optional(),
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    image: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
});

export const signOutResponse = z.object({ success: z.boolean() });

/** better-auth's errors (wrong credentials, disabled account, rate limit). */
export const authErrorResponse = z.object({
  message: z.string(),
  code: z.string().optional(),
});

/** A 409 on a stale `version`: the current version and what changed since the one sent. */
export const conflictResponse = z.object({
  error: z.string(),
  fieldErrors: z.record(z.string(), z.string()),
  details: z.object({
    currentVersion: z.number().int().positive().describe('Send this `version` to save over.'),
    changes: z
      .array(
        z.object({
          field: z.string(),
          before: z.unknown().describe('The value at the version sent.'),
          after: z.unknown().describe('The value now.'),
        }),
      )
      .describe('Each field changed since the version sent.'),
    changedBy: z.array(z.string()).describe('Who saved in between.'),
    changedAt: z.number().int().nullable().describe('Seconds since 1970 of the last of them.'),
  }),
});
