import "server-only";
import { cookies } from "next/headers";

/**
 * A non-secret hint that this browser has a session: next.config.ts rewrites a hinted request for
 * a track, lesson or the home page to its dynamic twin under /[locale]/learner, which renders the
 * learner's marks and header on the server. Visitors never carry it, so they keep the prerendered
 * pages. It proves nothing: the twin still checks the real session and renders a visitor's page
 * when that fails.
 */
export const HINT_COOKIE = "ks_in";
// Readable by scripts on purpose: a page without it skips /api/me, so a visitor's page makes no
// dynamic request at all. It holds nothing but "1".
export const HINT_OPTIONS = { httpOnly: false, sameSite: "lax", path: "/", maxAge: 30 * 24 * 60 * 60 } as const;

export async function setSignedInHint() {
  (await cookies()).set(HINT_COOKIE, "1", HINT_OPTIONS);
}

export async function clearSignedInHint() {
  (await cookies()).delete({ name: HINT_COOKIE, path: "/" });
}
