// The entries after() and waitUntil() work wrote (this process's memory).
export async function GET(request) {
  const id = request.nextUrl.searchParams.get('id');
  const log = globalThis.semanticsLog ?? [];
  return Response.json({ after: log.includes('after-' + id), middleware: log.includes('mw-' + id) });
}

export async function POST(request) {
  (globalThis.semanticsLog ??= []).push(request.nextUrl.searchParams.get('push'));
  return new Response(null, { status: 204 });
}
