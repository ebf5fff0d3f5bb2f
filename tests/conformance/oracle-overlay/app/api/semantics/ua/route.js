import { userAgent } from 'next/server';

// userAgent(request): what Next.js makes of the User-Agent header.
export async function GET(request) {
  return Response.json(userAgent(request));
}
