import "server-only";
import { getUserById } from "@/db/users";
import type { User } from "@/db/schema";

export type SessionToken = { uid?: unknown; sv?: unknown; name?: string | null };
export type SessionUser = Pick<User, "id" | "email" | "name" | "locale" | "sessionVersion">;

/**
 * The learner a session token belongs to, or null when the learner is gone or the token's
 * session version was bumped (sign out everywhere, password change, deletion).
 */
export async function sessionUser(token: SessionToken): Promise<SessionUser | null> {
  const id = Number(token.uid);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = await getUserById({ userId: id });
  if (!user || user.sessionVersion !== token.sv) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, sessionVersion: user.sessionVersion };
}

/** For Auth.js's jwt callback: the token with a fresh name, or null to end the session. */
export async function currentToken<T extends SessionToken>(token: T): Promise<T | null> {
  const user = await sessionUser(token);
  return user ? { ...token, name: user.name } : null;
}
