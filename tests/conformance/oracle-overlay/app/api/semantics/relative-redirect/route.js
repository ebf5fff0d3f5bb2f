import { NextResponse } from 'next/server';

// A relative URL where an absolute one is required.
export async function GET() {
  return NextResponse.redirect('/api/semantics/echo');
}
