import { notFound, unstable_rethrow } from 'next/navigation';

// A catch-all around notFound(): unstable_rethrow lets the navigation error through.
export async function GET() {
  try {
    notFound();
  } catch (error) {
    unstable_rethrow(error);
    return Response.json({ caught: true });
  }
}
