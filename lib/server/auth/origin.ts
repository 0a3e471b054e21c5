import 'server-only';
import { env } from '@/lib/server/env';

/**
 * The origin the browser used to reach Parley: `PARLEY_URL` when set (pin it behind a proxy),
 * else the request's Host with `x-forwarded-proto` (set by a TLS-terminating proxy) or http.
 * Session cookies are `Secure` exactly when this is https.
 */
export function requestOrigin(headers: Headers): string {
  if (env.origin) return env.origin;
  const host = headers.get('host');
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const proto = forwarded === 'https' ? 'https' : 'http';
  return `${proto}://${host ?? 'localhost'}`;
}
