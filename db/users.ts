import "server-only";
import { eq, getTableColumns, lt, sql, type Placeholder } from "drizzle-orm";
import { exportCheckAttempts } from "./checks";
import { getDb, prepared } from "./client";
import { listNotes } from "./notes";
import { guard } from "./errors";
import { exportQuestionData } from "./questions";
import { listCertificates, revokeCertificates } from "./certificates";
import { getPortfolio, listPractice } from "./portfolio";
import type { User } from "./schema";

export async function getUserByEmail({ email }: { email: string }): Promise<User | undefined> {
  return guard("getUserByEmail", async () => {
    const { db, t } = await getDb();
    const [user] = await db.select().from(t.users).where(eq(t.users.email, email.trim().toLowerCase())).limit(1);
    return user;
  });
}

/** The read behind every signed-in request (the session version check); seed:scale checks its plan. */
export const userByIdQuery = ({ db, t }: Awaited<ReturnType<typeof getDb>>, userId: number) =>
  db.select().from(t.users).where(eq(t.users.id, userId)).limit(1);

/**
 * The read behind every signed-in request: the learner and whether this session was signed out,
 * in one statement (two primary-key lookups); seed:scale checks its plan.
 */
export const sessionLearnerQuery = ({ db, t }: Pick<Awaited<ReturnType<typeof getDb>>, "db" | "t">, userId: number | Placeholder, sessionId: string | Placeholder) =>
  db
    .select({
      ...getTableColumns(t.users),
      revoked: sql<unknown>`exists (select 1 from ${t.revokedSessions} where ${t.revokedSessions.sessionId} = ${sessionId})`,
    })
    .from(t.users)
    .where(eq(t.users.id, userId))
    .limit(1);

export async function getSessionLearner({ userId, sessionId }: { userId: number; sessionId: string }): Promise<(User & { revoked: boolean }) | undefined> {
  return guard("getSessionLearner", async () => {
    // Prepared once per connection: this read runs on every signed-in request.
    const statement = await prepared("sessionLearner", (handle) =>
      sessionLearnerQuery(handle, sql.placeholder("userId"), sql.placeholder("sessionId")).prepare("session_learner"),
    );
    const [row] = await statement.execute({ userId, sessionId });
    // SQLite answers exists() with 0/1, PostgreSQL with a boolean.
    return row ? { ...row, revoked: row.revoked === true || Number(row.revoked) === 1 } : undefined;
  });
}

/** Ends one session for good (plain sign-out); the row lives until the cookie would have expired. */
export async function revokeSession({ userId, sessionId, expiresAt, now = Date.now() }: { userId: number; sessionId: string; expiresAt: number; now?: number }): Promise<void> {
  await guard("revokeSession", async () => {
    const { db, t } = await getDb();
    await db.insert(t.revokedSessions).values({ userId, sessionId, expiresAt }).onConflictDoNothing();
    await db.delete(t.revokedSessions).where(lt(t.revokedSessions.expiresAt, now));
  });
}

export async function getUserById({ userId }: { userId: number }): Promise<User | undefined> {
  return guard("getUserById", async () => {
    const [user] = await userByIdQuery(await getDb(), userId);
    return user;
  });
}

/** Creates a learner; returns null when the email is already taken (compared lower-cased). */
export async function createUser(input: { email: string; name: string; passwordHash: string; locale: "bn" | "en" }): Promise<User | null> {
  return guard("createUser", async () => {
    const { db, t } = await getDb();
    const [user] = await db
      .insert(t.users)
      .values({ ...input, email: input.email.trim().toLowerCase(), createdAt: Date.now() })
      .onConflictDoNothing({ target: t.users.email })
      .returning();
    return user ?? null;
  });
}

export async function updateProfile({ userId, name, locale }: { userId: number; name: string; locale: "bn" | "en" }): Promise<void> {
  await guard("updateProfile", async () => {
    const { db, t } = await getDb();
    await db.update(t.users).set({ name, locale }).where(eq(t.users.id, userId));
  });
}

/** Sets a new hash and bumps the session version, so every old cookie stops working. */
export async function updatePassword({ userId, passwordHash }: { userId: number; passwordHash: string }): Promise<number> {
  return guard("updatePassword", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .update(t.users)
      .set({ passwordHash, sessionVersion: sql`${t.users.sessionVersion} + 1` })
      .where(eq(t.users.id, userId))
      .returning({ sessionVersion: t.users.sessionVersion });
    return row?.sessionVersion ?? 0;
  });
}

export async function bumpSessionVersion({ userId }: { userId: number }): Promise<void> {
  await guard("bumpSessionVersion", async () => {
    const { db, t } = await getDb();
    await db
      .update(t.users)
      .set({ sessionVersion: sql`${t.users.sessionVersion} + 1` })
      .where(eq(t.users.id, userId));
  });
}

/**
 * Removes the learner; completions, checklist marks, visits, check attempts, reset links,
 * signed-out sessions, helpful votes, reports, practice work and the portfolio go with it by
 * cascade. Their questions and answers stay, with no author ("deleted learner"), so others'
 * answers keep their context. Certificates are revoked first (kept without the learner, see
 * db/certificates.ts).
 */
export async function deleteUser({ userId }: { userId: number }): Promise<void> {
  await revokeCertificates({ userId });
  await guard("deleteUser", async () => {
    const { db, t } = await getDb();
    await db.delete(t.users).where(eq(t.users.id, userId));
  });
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Everything kept about a learner, without the password hash; times as ISO 8601 (UTC). */
export async function exportUserData({ userId }: { userId: number }) {
  return guard("exportUserData", async () => {
    const { db, t } = await getDb();
    const [user] = await db
      .select({ id: t.users.id, email: t.users.email, name: t.users.name, locale: t.users.locale, createdAt: t.users.createdAt })
      .from(t.users)
      .where(eq(t.users.id, userId))
      .limit(1);
    if (!user) return null;
    const [completions, checklist, visits, resets, signedOut, checks] = await Promise.all([
      db
        .select({ lessonId: t.lessonCompletions.lessonId, trackSlug: t.lessonCompletions.trackSlug, completedAt: t.lessonCompletions.completedAt })
        .from(t.lessonCompletions)
        .where(eq(t.lessonCompletions.userId, userId)),
      db.select({ item: t.checklistMarks.itemKey, doneAt: t.checklistMarks.doneAt }).from(t.checklistMarks).where(eq(t.checklistMarks.userId, userId)),
      db
        .select({ lessonId: t.lessonVisits.lessonId, trackSlug: t.lessonVisits.trackSlug, visitedAt: t.lessonVisits.visitedAt })
        .from(t.lessonVisits)
        .where(eq(t.lessonVisits.userId, userId)),
      db.select({ expiresAt: t.passwordResets.expiresAt }).from(t.passwordResets).where(eq(t.passwordResets.userId, userId)),
      db.select({ expiresAt: t.revokedSessions.expiresAt }).from(t.revokedSessions).where(eq(t.revokedSessions.userId, userId)),
      exportCheckAttempts({ userId }),
    ]);
    const posts = await exportQuestionData({ userId });
    const [practice, portfolio, certificates, notes] = await Promise.all([listPractice({ userId }), getPortfolio({ userId }), listCertificates({ userId }), listNotes({ userId })]);
    return {
      profile: { ...user, createdAt: iso(user.createdAt) },
      practice: practice.map((p) => ({ ...p, updatedAt: iso(p.updatedAt) })),
      portfolio: portfolio ? { handle: portfolio.handle, displayName: portfolio.displayName, headline: portfolio.headline, published: portfolio.published } : null,
      certificates: certificates.map((c) => ({ code: c.code, trackSlug: c.trackSlug, learnerName: c.learnerName, lessonIds: c.lessonIds, practice: c.practice, issuedAt: iso(c.issuedAt) })),
      completions: completions.map((c) => ({ ...c, completedAt: iso(c.completedAt) })),
      checklist: checklist.map((c) => ({ ...c, doneAt: iso(c.doneAt) })),
      visits: visits.map((v) => ({ ...v, visitedAt: iso(v.visitedAt) })),
      ...posts,
      // A pending reset link (its expiry, never the token) and the signed-out sessions still remembered.
      resetLink: resets[0] ? { expiresAt: iso(resets[0].expiresAt) } : null,
      signedOutSessions: signedOut.map((s) => ({ expiresAt: iso(s.expiresAt) })),
      checks,
      notes: notes.map((n) => ({ ...n, updatedAt: iso(n.updatedAt) })),
    };
  });
}
