import "server-only";
import { getUserById } from "@/db/users";
import type { User } from "@/db/schema";
import { auth } from "./index";

export type SessionUser = Pick<User, "id" | "email" | "name" | "locale" | "sessionVersion">;

/** The signed-in learner read fresh from the database, or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = getUserById({ userId: id });
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, sessionVersion: user.sessionVersion };
}
