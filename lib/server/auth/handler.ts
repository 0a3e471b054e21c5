import 'server-only';
import { authFor } from './server';

/**
 * Hands a request to better-auth (sign-in, sign-out, change-password). Only the endpoints Parley
 * routes under app/api/auth exist: self sign-up, profile updates and the rest of better-auth's
 * endpoints are not reachable. Unexpected errors answer a 500 without internals.
 */
export async function betterAuthRoute(request: Request): Promise<Response> {
  try {
    const auth = await authFor(request.headers);
    return await auth.handler(request);
  } catch (error) {
    console.error('Unexpected error in an auth request', error);
    return Response.json({ error: 'Something went wrong on our side.' }, { status: 500 });
  }
}
