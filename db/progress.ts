import "server-only";
import { and, count, desc, eq, inArray, notInArray, type Placeholder } from "drizzle-orm";
import { findLessonById } from "@/lib/content";
import type { ChecklistKey } from "@/lib/content/schema";
import { latestPerLesson } from "@/lib/progress";
import { getDb } from "./client";
import { guard } from "./errors";
import { issueCertificate } from "./certificates";

type Handle = Awaited<ReturnType<typeof getDb>>;
/** A learner id, or the placeholder of a prepared statement that binds one. */
type UserId = number | Placeholder;

/**
 * The reads behind the dashboard and track pages, as the data layer builds them. The functions
 * below run exactly these; `npm run seed:scale` prints their plans (and checks them) from here.
 */
export const readQueries = {
  completedLessonIds: ({ db, t }: Handle, userId: number) =>
    db.select({ id: t.lessonCompletions.lessonId }).from(t.lessonCompletions).where(eq(t.lessonCompletions.userId, userId)),
  doneInTrack: ({ db, t }: Handle, userId: number, lessonIds: string[]) =>
    db
      .select({ n: count() })
      .from(t.lessonCompletions)
      .where(and(eq(t.lessonCompletions.userId, userId), inArray(t.lessonCompletions.lessonId, lessonIds))),
  recentCompleted: ({ db, t }: Handle, userId: number, limit: number) =>
    db
      .select({ lessonId: t.lessonCompletions.lessonId, trackSlug: t.lessonCompletions.trackSlug, at: t.lessonCompletions.completedAt })
      .from(t.lessonCompletions)
      .where(eq(t.lessonCompletions.userId, userId))
      .orderBy(desc(t.lessonCompletions.completedAt))
      .limit(limit),
  recentVisited: ({ db, t }: Handle, userId: number, limit: number) =>
    db
      .select({ lessonId: t.lessonVisits.lessonId, trackSlug: t.lessonVisits.trackSlug, at: t.lessonVisits.visitedAt })
      .from(t.lessonVisits)
      .where(eq(t.lessonVisits.userId, userId))
      .orderBy(desc(t.lessonVisits.visitedAt))
      .limit(limit),
  allCompleted: ({ db, t }: Pick<Handle, "db" | "t">, userId: UserId) =>
    db
      .select({ lessonId: t.lessonCompletions.lessonId, trackSlug: t.lessonCompletions.trackSlug, at: t.lessonCompletions.completedAt })
      .from(t.lessonCompletions)
      .where(eq(t.lessonCompletions.userId, userId)),
  allVisited: ({ db, t }: Pick<Handle, "db" | "t">, userId: UserId) =>
    db
      .select({ lessonId: t.lessonVisits.lessonId, trackSlug: t.lessonVisits.trackSlug, at: t.lessonVisits.visitedAt })
      .from(t.lessonVisits)
      .where(eq(t.lessonVisits.userId, userId)),
  checklistKeys: ({ db, t }: Pick<Handle, "db" | "t">, userId: UserId) =>
    db.select({ key: t.checklistMarks.itemKey }).from(t.checklistMarks).where(eq(t.checklistMarks.userId, userId)),
};

export type MarkResult = { ok: true; done: boolean; skillTicked: boolean } | { ok: false; error: "unknownLesson" };

/**
 * Marks one of the learner's lessons done or not done. Idempotent: one row per (user, lesson).
 * Finishing every lesson of a track ticks the "skill" checklist item. That tick is written after
 * the mark is committed, from what is committed, and is itself idempotent: of two concurrent last
 * marks, the one committed second always sees both, so no finisher is missed on either database
 * and no transaction or single writer is needed.
 */
export async function setLessonDone({ userId, lessonId, done }: { userId: number; lessonId: string; done: boolean }): Promise<MarkResult> {
  const found = findLessonById(lessonId);
  if (!found) return { ok: false, error: "unknownLesson" };
  const { track } = found;
  return guard("setLessonDone", async () => {
    const handle = await getDb();
    const { db, t } = handle;
    if (!done) {
      await db.delete(t.lessonCompletions).where(and(eq(t.lessonCompletions.userId, userId), eq(t.lessonCompletions.lessonId, lessonId)));
      return { ok: true as const, done, skillTicked: false };
    }
    await db
      .insert(t.lessonCompletions)
      .values({ userId, lessonId, trackSlug: track.slug, completedAt: Date.now() })
      .onConflictDoNothing();
    const ids = track.lessons.map((l) => l.id);
    const [row] = await readQueries.doneInTrack(handle, userId, ids);
    const finished = (row?.n ?? 0) === ids.length;
    if (finished) {
      await db.insert(t.checklistMarks).values({ userId, itemKey: "skill", doneAt: Date.now() }).onConflictDoNothing();
      await issueCertificate({ userId, trackSlug: track.slug, lessonIds: ids });
    }
    return { ok: true as const, done, skillTicked: finished };
  });
}

/** Remembers the latest visit to a lesson, for "Continue" and recent activity. */
export async function recordVisit({ userId, lessonId }: { userId: number; lessonId: string }): Promise<boolean> {
  const found = findLessonById(lessonId);
  if (!found) return false;
  await guard("recordVisit", async () => {
    const { db, t } = await getDb();
    const now = Date.now();
    await db
      .insert(t.lessonVisits)
      .values({ userId, lessonId, trackSlug: found.track.slug, visitedAt: now })
      .onConflictDoUpdate({
        target: [t.lessonVisits.userId, t.lessonVisits.lessonId],
        set: { visitedAt: now, trackSlug: found.track.slug },
      });
  });
  return true;
}

export async function getCompletedLessonIds({ userId }: { userId: number }): Promise<string[]> {
  return guard("getCompletedLessonIds", async () => {
    const rows = await readQueries.completedLessonIds(await getDb(), userId);
    return rows.map((r) => r.id);
  });
}

export type ActivityRow = { kind: "completed" | "visited"; lessonId: string; trackSlug: string; at: number };

/** The learner's latest completions and visits, newest first. */
export async function getRecentActivity({ userId, limit = 10 }: { userId: number; limit?: number }): Promise<ActivityRow[]> {
  return guard("getRecentActivity", async () => {
    const handle = await getDb();
    const [completed, visited] = await Promise.all([readQueries.recentCompleted(handle, userId, limit), readQueries.recentVisited(handle, userId, limit)]);
    return [
      ...completed.map((r) => ({ kind: "completed" as const, ...r })),
      ...visited.map((r) => ({ kind: "visited" as const, ...r })),
    ]
      .sort((a, b) => b.at - a.at)
      .slice(0, limit);
  });
}

/** Latest completion or visit per lesson, the input of the "Continue" choice. */
export async function getLessonActivity({ userId }: { userId: number }): Promise<{ lessonId: string; trackSlug: string; at: number }[]> {
  return guard("getLessonActivity", async () => {
    const handle = await getDb();
    const [completed, visited] = await Promise.all([readQueries.allCompleted(handle, userId), readQueries.allVisited(handle, userId)]);
    return latestPerLesson(completed, visited);
  });
}

export async function getChecklistKeys({ userId }: { userId: number }): Promise<ChecklistKey[]> {
  return guard("getChecklistKeys", async () => {
    const rows = await readQueries.checklistKeys(await getDb(), userId);
    return rows.map((r) => r.key as ChecklistKey);
  });
}

export async function setChecklistItem({ userId, key, done }: { userId: number; key: ChecklistKey; done: boolean }): Promise<void> {
  await guard("setChecklistItem", async () => {
    const { db, t } = await getDb();
    if (done) await db.insert(t.checklistMarks).values({ userId, itemKey: key, doneAt: Date.now() }).onConflictDoNothing();
    else await db.delete(t.checklistMarks).where(and(eq(t.checklistMarks.userId, userId), eq(t.checklistMarks.itemKey, key)));
  });
}

/**
 * Replaces the learner's whole checklist with exactly these keys (the no-JavaScript form post):
 * one statement removes what is not wanted, one adds what is missing. Each is atomic and both are
 * idempotent, so concurrent posts never fail on a duplicate and the result is one of the posts.
 */
export async function replaceChecklist({ userId, keys }: { userId: number; keys: ChecklistKey[] }): Promise<void> {
  await guard("replaceChecklist", async () => {
    const { db, t } = await getDb();
    const mine = eq(t.checklistMarks.userId, userId);
    await db.delete(t.checklistMarks).where(keys.length > 0 ? and(mine, notInArray(t.checklistMarks.itemKey, keys)) : mine);
    if (keys.length > 0) {
      const now = Date.now();
      await db
        .insert(t.checklistMarks)
        .values([...new Set(keys)].map((itemKey) => ({ userId, itemKey, doneAt: now })))
        .onConflictDoNothing();
    }
  });
}
