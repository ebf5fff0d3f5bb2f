import { NextResponse } from 'next/server';

// Tags every response that passed through middleware so tests can see whether it ran.
function tag(res, request) {
  res.headers.set('x-mw', '1');
  res.headers.set('x-mw-path', request.nextUrl.pathname);
  res.headers.set('x-mw-search', request.nextUrl.search || '(none)');
  return res;
}

export async function middleware(request, event) {
  const { pathname } = request.nextUrl;

  // --- issue 21: middleware and handler semantics (this overlay's own branches) ---
  if (pathname.startsWith('/api/semantics/')) {
    const answer = await semantics(request, event, pathname);
    if (answer !== undefined) return answer;
  }
  if (process.env.MW_LOG) console.log('[mw]', request.method, pathname + request.nextUrl.search);

  // --- redirects ---
  if (pathname === '/about/old') {
    return tag(NextResponse.redirect(new URL('/about/new', request.url)), request); // default 307
  }
  if (pathname === '/about/perm') {
    return tag(NextResponse.redirect(new URL('/about/new', request.url), 308), request);
  }
  if (pathname === '/about/keepq') {
    const url = request.nextUrl.clone();
    url.pathname = '/about/new'; // keeps the query string
    return tag(NextResponse.redirect(url), request);
  }
  if (pathname === '/about/external') {
    return tag(NextResponse.redirect('https://example.com/landing?x=1'), request);
  }

  // --- rewrites (URL in the browser stays, body comes from target) ---
  if (pathname === '/about/rewrite') {
    return tag(NextResponse.rewrite(new URL('/api/users/rewritten', request.url)), request);
  }
  if (pathname === '/about/rewrite-q') {
    return tag(NextResponse.rewrite(new URL('/api/where?from=mw', request.url)), request);
  }
  if (pathname === '/about/rewrite-nomw') {
    return tag(NextResponse.rewrite(new URL('/nomw/target', request.url)), request);
  }
  if (pathname === '/about/rewrite-secure') {
    // target is itself matched by the matcher -> middleware runs again for the target
    return tag(NextResponse.rewrite(new URL('/api/secure/data', request.url)), request);
  }
  if (pathname === '/about/rewrite-missing') {
    return tag(NextResponse.rewrite(new URL('/api/does-not-exist', request.url)), request);
  }

  // --- response cookie ---
  if (pathname === '/about/cookie') {
    const res = NextResponse.next();
    res.cookies.set('mw-cookie', 'chocolate', { path: '/', httpOnly: true });
    return tag(res, request);
  }

  // --- respond directly from middleware ---
  if (pathname === '/about/whoami') {
    return tag(
      NextResponse.json({
        from: 'middleware',
        user: request.cookies.get('user')?.value ?? null,
        client: request.headers.get('x-client'),
      }),
      request,
    );
  }
  if (pathname.startsWith('/api/secure')) {
    if (!request.headers.get('authorization')) {
      return tag(NextResponse.json({ error: 'unauthorized' }, { status: 401 }), request);
    }
  }

  // --- modify REQUEST headers seen by the handler ---
  if (pathname === '/api/reqheader') {
    const headers = new Headers(request.headers);
    headers.set('x-from-mw', 'injected');
    headers.delete('x-remove-me');
    const res = NextResponse.next({ request: { headers } });
    res.headers.set('x-response-from-mw', 'yes');
    return tag(res, request);
  }

  return tag(NextResponse.next(), request);
}

export const config = {
  matcher: [
    '/about/:path*',
    '/api/:path*',
    // negative lookahead: everything except these prefixes
    '/((?!_next/static|_next/image|favicon.ico|api|about|nomw|hdr|ck|q).*)',
    // only when a request header is present
    { source: '/hdr/:path*', has: [{ type: 'header', key: 'x-want-mw' }] },
    // only when a cookie is missing
    { source: '/ck/:path*', missing: [{ type: 'cookie', key: 'skip-mw' }] },
    // only when a query parameter has a value
    { source: '/q/:path*', has: [{ type: 'query', key: 'run', value: 'yes' }] },
  ],
};

// Returns the middleware's answer for an /api/semantics/ path, or undefined to fall through to the usual tagging.
async function semantics(request, event, pathname) {
  switch (pathname) {
    case '/api/semantics/mw-null':
      return null; // a middleware that returns nothing: the request goes on, untagged
    case '/api/semantics/req-cookies': {
      request.cookies.set('session', 'fresh');
      request.cookies.delete('stale');
      const res = NextResponse.next({ request });
      res.cookies.set('session', 'fresh', { path: '/' });
      return tag(res, request);
    }
    case '/api/semantics/req-cookies-not-forwarded':
      request.cookies.set('session', 'fresh');
      return tag(NextResponse.next(), request);
    case '/api/semantics/req-cookies-clear':
      request.cookies.clear();
      return tag(NextResponse.next({ request }), request);
    case '/api/semantics/body': {
      const text = await request.text();
      const res = NextResponse.next();
      res.headers.set('x-mw-body', text);
      return tag(res, request);
    }
    case '/api/semantics/header-clash': {
      const res = NextResponse.next();
      res.headers.set('x-both', 'from-middleware');
      return tag(res, request);
    }
    case '/api/semantics/rewrite-headers': {
      const headers = new Headers(request.headers);
      headers.set('x-injected', 'by-rewrite');
      return tag(NextResponse.rewrite(new URL('/api/semantics/echo', request.url), { request: { headers } }), request);
    }
    case '/api/semantics/mw-relative-redirect':
      return tag(NextResponse.redirect('/api/semantics/echo'), request);
    case '/api/semantics/mw-relative-rewrite':
      return tag(NextResponse.rewrite('/api/semantics/echo'), request);
    case '/api/semantics/wait-until': {
      const id = request.nextUrl.searchParams.get('id');
      event.waitUntil(new Promise((resolve) => setTimeout(resolve, 300)).then(() =>
        fetch(new URL('/api/semantics/after-log?push=mw-' + id, request.url), { method: 'POST' })));
      return tag(NextResponse.next(), request);
    }
  }
  return undefined;
}
