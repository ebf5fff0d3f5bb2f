// The body, after the middleware read it too.
export async function POST(request) {
  return Response.json({ handlerBody: await request.text() });
}
