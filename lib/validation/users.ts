import { z } from 'zod';
import { userRoles } from '@/lib/domain/vocabularies';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/domain/passwords';

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(254, 'The email address is too long.')
  .pipe(z.email('Enter a valid email address, like name@ministry.gov.'));

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

const name = z.string().trim().min(1, 'Enter the person’s name.').max(120, 'The name is too long.');

/** A new account, created by an admin with a temporary password to hand over. */
export const userCreateInput = z.object({
  name,
  email,
  role: z.enum(userRoles, 'Choose a role.'),
  password,
});
export type UserCreateInput = z.output<typeof userCreateInput>;

/** The first administrator, from the one-time /setup screen. */
export const firstAdminInput = z.object({ name, email, password });
export type FirstAdminInput = z.output<typeof firstAdminInput>;

/** A role change from /admin/users. */
export const userRoleInput = z.object({
  userId: z.number().int().positive(),
  role: z.enum(userRoles, 'Choose a role.'),
});

/** Disabling or enabling an account from /admin/users. */
export const userDisabledInput = z.object({
  userId: z.number().int().positive(),
  disabled: z.boolean(),
});

/** The sign-in form (better-auth checks the credentials; this only shapes the hints). */
export const signInInput = z.object({
  email,
  password: z.string().min(1, 'Enter your password.'),
});

/** The account page's password change. */
export const passwordChangeInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: password,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: 'The two new passwords differ.',
    path: ['confirmPassword'],
  });
