import { NextResponse } from "next/server";
import { DataError } from "@/db/errors";
import { getSessionUser } from "@/lib/auth/session";
import { ANONYMOUS, learnerState } from "@/lib/learner-state";

// The learner's own marks for the islands on prerendered pages; never cached anywhere.
export async function GET() {
  try {
    const user = await getSessionUser();
    const body = user ? await learnerState(user) : ANONYMOUS;
    return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return NextResponse.json({ error: "server" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
