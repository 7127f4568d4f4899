import "server-only";
import { redirect } from "next/navigation";
import { setSignedInHint } from "./hint";
import { signIn } from "./index";
import { mintTicket } from "./tickets";

/**
 * Signs a learner in whom the caller has already checked, then redirects to a path on this site.
 * Auth.js sets the cookie (redirect: false), and the redirect is Next's own, relative one, so it
 * works the same behind a TLS proxy (X-Forwarded-Proto: https) as on plain http.
 */
export async function startSession(userId: number, path: string): Promise<never> {
  await setSignedInHint();
  await signIn("credentials", { ticket: mintTicket(userId), redirect: false });
  redirect(path);
}
