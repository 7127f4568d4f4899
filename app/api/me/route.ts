import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { DataError } from "@/db/errors";
import { authSession } from "@/lib/auth";
import { getSession } from "@/lib/auth/session";
import { ANONYMOUS, learnerState } from "@/lib/learner-state";

// The learner's own marks for the islands on prerendered pages; never cached anywhere.
export async function GET() {
  try {
    const session = await getSession();
    const body = session ? await learnerState(session.user) : ANONYMOUS;
    const response = NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
    // Sliding session: once a day an active learner's cookie is re-issued by Auth.js itself
    // (its jwt callback re-checks the learner), so it expires 30 days after the last use.
    if (session?.renewDue) await authSession({ req: { headers: await headers() }, res: response } as never);
    return response;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return NextResponse.json({ error: "server" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
