import { cookies, headers } from 'next/headers';

// What the handler sees of the request: its URL, the middleware-forwarded headers and cookies.
export async function GET(request) {
  const jar = await cookies();
  const hdrs = await headers();
  return Response.json({
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    injected: request.headers.get('x-injected'),
    cookieHeader: hdrs.get('cookie'),
    requestCookies: request.cookies.getAll().map((c) => `${c.name}=${c.value}`).sort(),
    jarCookies: jar.getAll().map((c) => `${c.name}=${c.value}`).sort(),
  });
}
