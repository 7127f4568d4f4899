import "server-only";
import { getSessionLearner } from "@/db/users";
import type { User } from "@/db/schema";

export type SessionToken = { uid?: unknown; sv?: unknown; sid?: unknown; name?: string | null };
export type SessionUser = Pick<User, "id" | "email" | "name" | "locale" | "sessionVersion">;

/**
 * The learner a session token belongs to, or null when the learner is gone, the token's session
 * version was bumped (sign out everywhere, password change, reset, deletion) or this session was
 * signed out. One indexed read; no write.
 */
export async function sessionUser(token: SessionToken): Promise<SessionUser | null> {
  const id = Number(token.uid);
  if (!Number.isSafeInteger(id) || id <= 0 || typeof token.sid !== "string" || token.sid.length === 0 || token.sid.length > 64) return null;
  const user = await getSessionLearner({ userId: id, sessionId: token.sid });
  if (!user || user.revoked || user.sessionVersion !== token.sv) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, sessionVersion: user.sessionVersion };
}

/** For Auth.js's jwt callback: the token with a fresh name, or null to end the session. */
export async function currentToken<T extends SessionToken>(token: T): Promise<T | null> {
  const user = await sessionUser(token);
  return user ? { ...token, name: user.name } : null;
}
