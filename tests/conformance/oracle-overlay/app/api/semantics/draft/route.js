import { draftMode } from 'next/headers';

// draftMode(): enable / disable set or clear the bypass cookie; isEnabled reads it.
export async function GET(request) {
  const draft = await draftMode();
  const op = request.nextUrl.searchParams.get('op');
  if (op === 'enable') draft.enable();
  if (op === 'disable') draft.disable();
  return Response.json({ isEnabled: draft.isEnabled });
}
