import { NextResponse } from 'next/server';

// NextResponse.next() belongs to middleware; a route handler returning it is an error.
export async function GET() {
  return NextResponse.next();
}
