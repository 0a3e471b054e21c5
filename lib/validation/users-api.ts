import { z } from 'zod';
import { userRoles } from '@/lib/domain/vocabularies';

/** PATCH /api/admin/users/{id}: a new role, disabled or enabled, or both. */
export const userPatchInput = z
  .object({
    role: z.enum(userRoles, 'Choose a role.').optional(),
    disabled: z.boolean('disabled must be true or false.').optional(),
  })
  .refine((v) => v.role !== undefined || v.disabled !== undefined, {
    message: 'Send a role, disabled, or both.',
    path: ['role'],
  });
