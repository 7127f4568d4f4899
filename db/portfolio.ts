import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export type PracticeItem = { lessonId: string; trackSlug: string; url: string; note: string; shown: boolean; updatedAt: number };

const practiceColumns = (t: Awaited<ReturnType<typeof getDb>>["t"]) => ({
  lessonId: t.practiceSubmissions.lessonId,
  trackSlug: t.practiceSubmissions.trackSlug,
  url: t.practiceSubmissions.url,
  note: t.practiceSubmissions.note,
  shown: t.practiceSubmissions.shown,
  updatedAt: t.practiceSubmissions.updatedAt,
});
const toItem = (r: Omit<PracticeItem, "shown"> & { shown: number }): PracticeItem => ({ ...r, shown: r.shown === 1 });

/** Saves (or replaces) the learner's practice result for one lesson: one upsert. */
export async function savePractice(input: { userId: number; lessonId: string; trackSlug: string; url: string; note: string; shown: boolean }): Promise<void> {
  await guard("savePractice", async () => {
    const { db, t } = await getDb();
    const now = Date.now();
    const values = { url: input.url, note: input.note, shown: input.shown ? 1 : 0, trackSlug: input.trackSlug, updatedAt: now };
    await db
      .insert(t.practiceSubmissions)
      .values({ userId: input.userId, lessonId: input.lessonId, ...values })
      .onConflictDoUpdate({ target: [t.practiceSubmissions.userId, t.practiceSubmissions.lessonId], set: values });
  });
}

export async function removePractice({ userId, lessonId }: { userId: number; lessonId: string }): Promise<void> {
  await guard("removePractice", async () => {
    const { db, t } = await getDb();
    await db.delete(t.practiceSubmissions).where(and(eq(t.practiceSubmissions.userId, userId), eq(t.practiceSubmissions.lessonId, lessonId)));
  });
}

export async function getPractice({ userId, lessonId }: { userId: number; lessonId: string }): Promise<PracticeItem | undefined> {
  return guard("getPractice", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .select(practiceColumns(t))
      .from(t.practiceSubmissions)
      .where(and(eq(t.practiceSubmissions.userId, userId), eq(t.practiceSubmissions.lessonId, lessonId)))
      .limit(1);
    return row ? toItem(row) : undefined;
  });
}

export async function listPractice({ userId, shownOnly = false }: { userId: number; shownOnly?: boolean }): Promise<PracticeItem[]> {
  return guard("listPractice", async () => {
    const { db, t } = await getDb();
    const mine = eq(t.practiceSubmissions.userId, userId);
    const rows = await db
      .select(practiceColumns(t))
      .from(t.practiceSubmissions)
      .where(shownOnly ? and(mine, eq(t.practiceSubmissions.shown, 1)) : mine);
    return rows.map(toItem);
  });
}

export type Portfolio = { userId: number; handle: string; displayName: string; headline: string; published: boolean };

export async function getPortfolio({ userId }: { userId: number }): Promise<Portfolio | undefined> {
  return guard("getPortfolio", async () => {
    const { db, t } = await getDb();
    const [row] = await db.select().from(t.portfolios).where(eq(t.portfolios.userId, userId)).limit(1);
    return row ? { userId: row.userId, handle: row.handle, displayName: row.displayName, headline: row.headline, published: row.published === 1 } : undefined;
  });
}

/** The published portfolio at this handle (compared lower-cased), or nothing. */
export async function getPublishedPortfolio({ handle }: { handle: string }): Promise<Portfolio | undefined> {
  return guard("getPublishedPortfolio", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .select()
      .from(t.portfolios)
      .where(and(eq(t.portfolios.handle, handle.toLowerCase()), eq(t.portfolios.published, 1)))
      .limit(1);
    return row ? { userId: row.userId, handle: row.handle, displayName: row.displayName, headline: row.headline, published: true } : undefined;
  });
}

/**
 * Saves the learner's portfolio settings in one upsert. A handle another learner holds is refused
 * by the unique index itself (the upsert's WHERE skips the update, the insert conflicts), so two
 * learners racing for one handle cannot both get it.
 */
export async function savePortfolio(input: { userId: number; handle: string; displayName: string; headline: string; published: boolean }): Promise<"saved" | "handleTaken"> {
  return guard("savePortfolio", async () => {
    const { db, t } = await getDb();
    const handle = input.handle.toLowerCase();
    const [holder] = await db
      .select({ userId: t.portfolios.userId })
      .from(t.portfolios)
      .where(and(eq(t.portfolios.handle, handle), ne(t.portfolios.userId, input.userId)))
      .limit(1);
    if (holder) return "handleTaken";
    const values = { handle, displayName: input.displayName, headline: input.headline, published: input.published ? 1 : 0, updatedAt: Date.now() };
    try {
      await db
        .insert(t.portfolios)
        .values({ userId: input.userId, ...values })
        .onConflictDoUpdate({ target: t.portfolios.userId, set: values });
    } catch (error) {
      // The handle was taken between the read and the write.
      if (/unique|duplicate/i.test(String((error as Error)?.message) + String((error as { cause?: Error })?.cause?.message))) return "handleTaken";
      throw error;
    }
    return "saved";
  });
}
