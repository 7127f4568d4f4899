import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { sessionUser, type SessionUser } from "./tokens";

export type { SessionUser };

// Auth.js names its cookie with the __Secure- prefix when served over https; the name is also
// the salt the token was encrypted with.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The signed-in learner, read fresh from the database, or null. The Auth.js cookie is decrypted
 * here directly (expiry included) instead of through auth(), which would re-encrypt and re-set
 * the cookie on every call: this runs on every /api/me and every server action.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret: authSecret(), salt: name }).catch(() => null);
    return token ? sessionUser(token) : null;
  }
  return null;
});
