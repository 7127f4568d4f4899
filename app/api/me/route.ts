import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { ANONYMOUS, learnerState } from "@/lib/learner-state";

// The learner's own marks for the islands on prerendered pages; never cached anywhere.
export async function GET() {
  const user = await getSessionUser();
  const body = user ? learnerState(user) : ANONYMOUS;
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
}
