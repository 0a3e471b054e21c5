import { type NextRequest, NextResponse } from 'next/server';

/**
 * Runs before every request but static files: the Content-Security-Policy with a fresh nonce
 * per request (Next reads it from the request's CSP header and puts it on its own scripts), HSTS
 * over https, and the sign-in redirect for pages without a session cookie. The redirect is only
 * a shortcut: pages and every write check the session on the server themselves.
 */

const PUBLIC_PAGES = ['/sign-in', '/setup'];

function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(':', '')) === 'https';
}

/**
 * Scripts only from Parley with this request's nonce ('strict-dynamic' lets them load the
 * chunks they need); no inline script without the nonce, no eval outside development (React's
 * dev tools need it). Style elements need the nonce too; style ATTRIBUTES are allowed
 * ('unsafe-inline' in style-src-attr): React's `style` props (chart sizes, bar widths) are
 * attributes, which a nonce cannot cover, and CSS in an attribute cannot run script. In
 * development the dev server injects its CSS as <style> elements without a nonce, so there
 * style elements are allowed too.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    dev ? `style-src 'self' 'unsafe-inline'` : `style-src 'self' 'nonce-${nonce}'`,
    `style-src-attr 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies
    .getAll()
    .some((c) => c.name === 'parley.session_token' || c.name === '__Secure-parley.session_token');
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = pathname.startsWith('/api/');
  if (!isApi && !PUBLIC_PAGES.includes(pathname) && !hasSessionCookie(request)) {
    const target = new URL('/sign-in', request.url);
    if (pathname !== '/') target.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(target);
  }
  const headers = new Headers(request.headers);
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  if (!isApi) {
    headers.set('content-security-policy', csp);
    headers.set('x-parley-path', `${pathname}${search}`);
  }
  const response = NextResponse.next({ request: { headers } });
  if (!isApi) response.headers.set('Content-Security-Policy', csp);
  if (isHttps(request)) {
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
