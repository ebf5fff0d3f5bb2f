// Sets a header the middleware also sets, and one of its own.
export async function GET() {
  return new Response('clash', { headers: { 'x-both': 'from-handler', 'x-only-handler': 'yes' } });
}
