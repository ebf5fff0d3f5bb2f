// What a config rewrite or redirect target sees: its params (from the destination), its URL and its query.
export async function GET(request, { params }) {
  const { rest } = await params;
  const sp = request.nextUrl.searchParams;
  const query = {};
  for (const key of [...new Set(sp.keys())].sort()) query[key] = sp.getAll(key);
  return Response.json({
    route: 'params',
    rest: rest ?? null,
    pathname: request.nextUrl.pathname,
    query,
    seenHeader: request.headers.get('x-config-request') ?? null,
  });
}
