import { revalidatePath } from 'next/cache';

// revalidatePath(path, type): ?path=...&type=page|layout (type left out when absent).
export async function POST(request) {
  const path = request.nextUrl.searchParams.get('path');
  const type = request.nextUrl.searchParams.get('type');
  if (type) revalidatePath(path, type);
  else revalidatePath(path);
  return Response.json({ revalidated: path, type });
}
