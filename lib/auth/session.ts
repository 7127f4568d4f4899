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

// Decrypting the cookie (HKDF + AES + HMAC) is most of the cost of a signed-in request, and a
// learner sends the same cookie many times: tokens that decrypted are remembered until they
// expire. Only the decryption is skipped; the session version is still read on every request.
const decoded = new Map<string, { uid?: unknown; sv?: unknown; exp: number }>();
const MAX_DECODED = 10_000;

async function decodeCached(value: string, salt: string) {
  const hit = decoded.get(value);
  if (hit && hit.exp * 1000 > Date.now()) return hit;
  const token = await decode({ token: value, secret: authSecret(), salt }).catch(() => null);
  if (!token || typeof token.exp !== "number") return null;
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  const entry = { uid: token.uid, sv: token.sv, exp: token.exp };
  decoded.set(value, entry);
  return entry;
}

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
    const token = await decodeCached(value, name);
    return token ? sessionUser(token) : null;
  }
  return null;
});
