import { after } from 'next/server';

// Work after the response: logged 300 ms later, after the client already has its answer.
export async function POST(request) {
  const id = request.nextUrl.searchParams.get('id');
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    (globalThis.semanticsLog ??= []).push('after-' + id);
  });
  return Response.json({ scheduled: id });
}
