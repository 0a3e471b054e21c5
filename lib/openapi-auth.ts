import * as api from '@/lib/api-schemas/auth';
import { signInInput, userCreateInput } from '@/lib/validation/users';
import { userPatchInput } from '@/lib/validation/users-api';

/**
 * The session side of the OpenAPI document: sign-in and sign-out (better-auth), the admin API
 * for accounts, and on every write the session it needs with its 401, 403 and 415 answers.
 */

type Json = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = (name: string) => ({
  required: true,
  content: { 'application/json': { schema: ref(name) } },
});

export const authResponseSchemas = {
  UserRow: api.userRow,
  UsersPage: api.usersResponse,
  UserCreated: api.userCreated,
  UserChanged: api.userChanged,
  SignedIn: api.signInResponse,
  SignedOut: api.signOutResponse,
  AuthError: api.authErrorResponse,
  Conflict: api.conflictResponse,
};

export const authRequestSchemas = {
  SignIn: signInInput,
  UserInput: userCreateInput,
  UserPatch: userPatchInput,
};

const writeErrors = {
  400: json(ref('BadRequest'), 'A bad field, named in `fieldErrors`.'),
  401: json(ref('Error'), 'No session: sign in first.'),
  403: json(
    ref('Error'),
    'The role is too low for this write, or the request came from another site.',
  ),
  500: json(ref('Error'), 'Something unexpected; no internals are disclosed.'),
};

export const authPaths: Json = {
  '/api/auth/sign-in/email': {
    post: {
      summary: 'Signs in; sets the HttpOnly session cookie',
      description:
        'Rate-limited per client address (10 attempts a minute) and per account (20 failures in 15 minutes). A disabled account gets a 403.',
      requestBody: body('SignIn'),
      responses: {
        200: json(ref('SignedIn'), 'Signed in; the cookie is set.'),
        401: json(ref('AuthError'), 'Wrong email or password.'),
        403: json(ref('AuthError'), 'The account is disabled, or the request is cross-site.'),
        429: json(ref('AuthError'), 'Too many attempts; retry after `X-Retry-After` seconds.'),
      },
    },
  },
  '/api/auth/sign-out': {
    post: {
      summary: 'Ends the session of the cookie sent',
      responses: { 200: json(ref('SignedOut'), 'Signed out; the cookie is cleared.') },
    },
  },
  '/api/admin/users': {
    get: {
      summary: 'Every account (admins)',
      security: [{ session: [] }],
      responses: {
        200: json(ref('UsersPage'), 'The accounts.'),
        401: writeErrors[401],
        403: writeErrors[403],
      },
    },
    post: {
      summary: 'Creates an account with a temporary password (admins)',
      requestBody: body('UserInput'),
      responses: { 201: json(ref('UserCreated'), 'Created.') },
    },
  },
  '/api/admin/users/{id}': {
    parameters: [
      { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
    ],
    patch: {
      summary: 'Changes a role, disables or enables an account (admins)',
      description: 'A disabled account’s sessions end at once. The last admin stays an admin.',
      requestBody: body('UserPatch'),
      responses: {
        200: json(ref('UserChanged'), 'Saved.'),
        404: json(ref('Error'), 'No such user.'),
        409: json(ref('Error'), 'It would leave Parley without an enabled admin.'),
      },
    },
  },
};

const publicWrites = new Set(['/api/auth/sign-in/email', '/api/auth/sign-out']);

/**
 * Every write operation (post, put, patch, delete) but signing in and out needs a session
 * cookie: it gets the security requirement and the 401/403 answers, and those with a body the
 * 415 for a body that is not JSON.
 */
export function withWriteSecurity(paths: Json): Json {
  return Object.fromEntries(
    Object.entries(paths).map(([path, item]) => {
      if (publicWrites.has(path)) return [path, item];
      const out: Json = { ...(item as Json) };
      for (const method of ['post', 'put', 'patch', 'delete']) {
        const op = out[method] as Json | undefined;
        if (!op) continue;
        out[method] = {
          ...op,
          security: [{ session: [] }],
          responses: {
            ...writeErrors,
            ...(op.requestBody
              ? { 415: json(ref('Error'), 'The body is not sent as application/json.') }
              : {}),
            ...(op.responses as Json),
          },
        };
      }
      return [path, out];
    }),
  );
}

export const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'parley.session_token',
    description:
      'The session cookie set by POST /api/auth/sign-in/email (`__Secure-parley.session_token` over https). Reads work without it and then see what a viewer sees.',
  },
};
