import { notFound } from 'next/navigation';

// A catch-all around notFound() without unstable_rethrow: the navigation error is swallowed.
export async function GET() {
  try {
    notFound();
  } catch {
    return Response.json({ caught: true });
  }
}
