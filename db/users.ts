import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, prepared } from "./client";
import { guard } from "./errors";
import { checklistMarks, lessonCompletions, lessonVisits, users, type User } from "./schema";

export function getUserByEmail({ email }: { email: string }): User | undefined {
  return guard("getUserByEmail", () =>
    getDb().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get(),
  );
}

export function getUserById({ userId }: { userId: number }): User | undefined {
  return guard("getUserById", () =>
    prepared("userById", (db) => db.select().from(users).where(eq(users.id, sql.placeholder("id"))).prepare()).get({ id: userId }),
  );
}

/** Creates a learner; returns null when the email is already taken (compared lower-cased). */
export function createUser(input: {
  email: string;
  name: string;
  passwordHash: string;
  locale: "bn" | "en";
}): User | null {
  return guard("createUser", () =>
    getDb()
      .insert(users)
      .values({ ...input, email: input.email.trim().toLowerCase() })
      .onConflictDoNothing({ target: users.email })
      .returning()
      .get() ?? null,
  );
}

export function updateProfile({ userId, name, locale }: { userId: number; name: string; locale: "bn" | "en" }) {
  guard("updateProfile", () => getDb().update(users).set({ name, locale }).where(eq(users.id, userId)).run());
}

/** Sets a new hash and bumps the session version, so every old cookie stops working. */
export function updatePassword({ userId, passwordHash }: { userId: number; passwordHash: string }): number {
  return guard("updatePassword", () => {
    const row = getDb()
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ sessionVersion: users.sessionVersion })
      .get();
    return row?.sessionVersion ?? 0;
  });
}

export function bumpSessionVersion({ userId }: { userId: number }) {
  guard("bumpSessionVersion", () =>
    getDb()
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .run(),
  );
}

/** Removes the learner; completions, checklist marks and visits go with it by cascade. */
export function deleteUser({ userId }: { userId: number }) {
  guard("deleteUser", () => getDb().delete(users).where(eq(users.id, userId)).run());
}

/** Everything kept about a learner, without the password hash. */
export function exportUserData({ userId }: { userId: number }) {
  return guard("exportUserData", () => {
    const db = getDb();
    const user = db
      .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId))
      .get();
    if (!user) return null;
    return {
      profile: user,
      completions: db
        .select({ lessonId: lessonCompletions.lessonId, trackSlug: lessonCompletions.trackSlug, completedAt: lessonCompletions.completedAt })
        .from(lessonCompletions)
        .where(eq(lessonCompletions.userId, userId))
        .all(),
      checklist: db
        .select({ item: checklistMarks.itemKey, doneAt: checklistMarks.doneAt })
        .from(checklistMarks)
        .where(eq(checklistMarks.userId, userId))
        .all(),
      visits: db
        .select({ lessonId: lessonVisits.lessonId, trackSlug: lessonVisits.trackSlug, visitedAt: lessonVisits.visitedAt })
        .from(lessonVisits)
        .where(eq(lessonVisits.userId, userId))
        .all(),
    };
  });
}
