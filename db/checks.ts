import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export type CheckSummary = {
  lessonId: string;
  trackSlug: string;
  score: number;
  total: number;
  bestScore: number;
  bestTotal: number;
  attempts: number;
  passedAt: number | null;
  attemptedAt: number;
};

/**
 * Saves one graded attempt: the latest score and choices replace the previous ones, the best score
 * only rises, and the first pass is kept. One `INSERT … ON CONFLICT DO UPDATE`, so two attempts at
 * once never lose the better score on either database. The caller grades from content; this
 * stores ids and numbers only.
 */
export async function saveCheckAttempt(input: {
  userId: number;
  lessonId: string;
  trackSlug: string;
  score: number;
  total: number;
  answers: Record<string, string>;
}): Promise<CheckSummary> {
  return guard("saveCheckAttempt", async () => {
    const { db, t } = await getDb();
    const now = Date.now();
    const passed = input.total > 0 && input.score === input.total;
    const c = t.checkAttempts;
    const better = sql`excluded.score > ${c.bestScore}`;
    const [row] = await db
      .insert(c)
      .values({
        userId: input.userId,
        lessonId: input.lessonId,
        trackSlug: input.trackSlug,
        score: input.score,
        total: input.total,
        answers: JSON.stringify(input.answers),
        bestScore: input.score,
        bestTotal: input.total,
        attempts: 1,
        passedAt: passed ? now : null,
        attemptedAt: now,
      })
      .onConflictDoUpdate({
        target: [c.userId, c.lessonId],
        set: {
          trackSlug: sql`excluded.track_slug`,
          score: sql`excluded.score`,
          total: sql`excluded.total`,
          answers: sql`excluded.answers`,
          bestScore: sql`case when ${better} then excluded.score else ${c.bestScore} end`,
          bestTotal: sql`case when ${better} then excluded.total else ${c.bestTotal} end`,
          attempts: sql`${c.attempts} + 1`,
          passedAt: sql`coalesce(${c.passedAt}, excluded.passed_at)`,
          attemptedAt: sql`excluded.attempted_at`,
        },
      })
      .returning({
        lessonId: c.lessonId,
        trackSlug: c.trackSlug,
        score: c.score,
        total: c.total,
        bestScore: c.bestScore,
        bestTotal: c.bestTotal,
        attempts: c.attempts,
        passedAt: c.passedAt,
        attemptedAt: c.attemptedAt,
      });
    return row!;
  });
}

/** The learner's saved check results, one per lesson they have attempted. */
export async function getCheckSummaries({ userId }: { userId: number }): Promise<CheckSummary[]> {
  return guard("getCheckSummaries", async () => {
    const { db, t } = await getDb();
    const c = t.checkAttempts;
    return db
      .select({
        lessonId: c.lessonId,
        trackSlug: c.trackSlug,
        score: c.score,
        total: c.total,
        bestScore: c.bestScore,
        bestTotal: c.bestTotal,
        attempts: c.attempts,
        passedAt: c.passedAt,
        attemptedAt: c.attemptedAt,
      })
      .from(c)
      .where(eq(c.userId, userId));
  });
}

/** The rows for "Download my data", with the saved choices. */
export async function exportCheckAttempts({ userId }: { userId: number }) {
  return guard("exportCheckAttempts", async () => {
    const { db, t } = await getDb();
    const c = t.checkAttempts;
    const rows = await db.select().from(c).where(eq(c.userId, userId));
    return rows.map(({ userId: _user, answers, passedAt, attemptedAt, ...rest }) => ({
      ...rest,
      answers: JSON.parse(answers) as Record<string, string>,
      passedAt: passedAt === null ? null : new Date(passedAt).toISOString(),
      attemptedAt: new Date(attemptedAt).toISOString(),
    }));
  });
}
