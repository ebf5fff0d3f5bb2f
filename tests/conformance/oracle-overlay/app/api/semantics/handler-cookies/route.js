import { cookies } from 'next/headers';

// cookies().set, then reads in the same handler: the jar shows what was set; delete hides the cookie.
export async function GET() {
  const jar = await cookies();
  const before = jar.get('a')?.value ?? null;
  jar.set('a', 'new');
  jar.set('added', 'x');
  jar.delete('gone');
  return Response.json({
    before,
    after: jar.get('a')?.value ?? null,
    hasAdded: jar.has('added'),
    hasGone: jar.has('gone'),
    names: jar.getAll().map((c) => c.name).sort(),
  });
}
