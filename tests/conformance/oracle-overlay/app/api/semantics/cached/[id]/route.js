// A cached route (force-static, no generateStaticParams): each id is rendered once, then served from the cache
// until revalidatePath purges it. The body is unique per render.
export const dynamic = 'force-static';

export async function GET(request, { params }) {
  const { id } = await params;
  return Response.json({ id, render: crypto.randomUUID() });
}
