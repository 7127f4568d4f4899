import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { sessionUser, type SessionToken, type SessionUser } from "./tokens";

export type { SessionUser };

/** A cookie is re-issued (sliding session) at most once a day, on /api/me. */
export const RENEW_AFTER_S = 24 * 60 * 60;

// Decrypting the cookie (HKDF + AES + HMAC) is most of the cost of a signed-in request, and a
// learner sends the same cookie many times: tokens that decrypted are remembered until they
// expire. Only the decryption is skipped; the learner, session version and sign-out are still
// read on every request.
type Decoded = SessionToken & { exp: number; iat: number } & Record<string, unknown>;
const decoded = new Map<string, Decoded>();
const MAX_DECODED = 10_000;

async function decodeCached(params: JWTDecodeParams): Promise<JWT | null> {
  const cacheKey = `${params.salt}\n${params.token}`;
  const hit = decoded.get(cacheKey);
  if (hit && hit.exp * 1000 > Date.now()) return hit as JWT;
  const token = await decode(params).catch(() => null);
  if (!token || typeof token.exp !== "number" || typeof token.iat !== "number") return null;
  if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value!);
  const entry: Decoded = { uid: token.uid, sv: token.sv, sid: token.sid, exp: token.exp, iat: token.iat };
  decoded.set(cacheKey, entry);
  return entry as JWT;
}

export type CurrentSession = { user: SessionUser; sessionId: string; expiresAt: number; renewDue: boolean };

/**
 * The session of this request, or null. Auth.js's getToken finds the cookie under the name the
 * library gives it (the __Secure- one over https, the plain one otherwise) and decrypts it;
 * only the cookie header is passed, so no other transport is accepted.
 */
export const getSession = cache(async (): Promise<CurrentSession | null> => {
  const cookie = (await headers()).get("cookie") ?? "";
  if (!cookie) return null;
  const req = { headers: { cookie } };
  const secret = authSecret();
  const token =
    ((await getToken({ req, secret, secureCookie: true, decode: decodeCached })) as Decoded | null) ??
    ((await getToken({ req, secret, secureCookie: false, decode: decodeCached })) as Decoded | null);
  if (!token) return null;
  const user = await sessionUser(token);
  if (!user) return null;
  return { user, sessionId: String(token.sid), expiresAt: token.exp * 1000, renewDue: Date.now() / 1000 - token.iat > RENEW_AFTER_S };
});

/** The signed-in learner, read fresh from the database, or null. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => (await getSession())?.user ?? null);
