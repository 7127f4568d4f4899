import { headers } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { DataError } from "@/db/errors";
import { authSession } from "@/lib/auth";
import { getSession } from "@/lib/auth/session";
import { HINT_COOKIE, HINT_OPTIONS } from "@/lib/auth/hint";
import { ANONYMOUS, learnerState } from "@/lib/learner-state";

// The learner's own marks for the islands on prerendered pages; never cached anywhere. It also
// keeps the signed-in hint cookie true: set for a session that predates it, cleared for one that
// is no longer valid (so the next page is the prerendered one again).
export async function GET(request: NextRequest) {
  try {
    const session = await getSession();
    const body = session ? await learnerState(session.user) : ANONYMOUS;
    const response = NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
    const hinted = request.cookies.has(HINT_COOKIE);
    if (session && !hinted) response.cookies.set(HINT_COOKIE, "1", HINT_OPTIONS);
    if (!session && hinted) response.cookies.delete({ name: HINT_COOKIE, path: "/" });
    // Sliding session: once a day an active learner's cookie is re-issued by Auth.js itself
    // (its jwt callback re-checks the learner), so it expires 30 days after the last use.
    if (session?.renewDue) await authSession({ req: { headers: await headers() }, res: response } as never);
    return response;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return NextResponse.json({ error: "server" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
