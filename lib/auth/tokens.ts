import "server-only";
import { getUserById } from "@/db/users";

export type SessionToken = { uid?: number; sv?: number; name?: string | null };

/**
 * Called on every request that reads the session: a token whose learner is gone, or whose
 * session version was bumped (sign out everywhere, password change, deletion), is refused.
 */
export function currentToken<T extends SessionToken>(token: T): T | null {
  const user = token.uid ? getUserById({ userId: token.uid }) : undefined;
  if (!user || user.sessionVersion !== token.sv) return null;
  return { ...token, name: user.name };
}
