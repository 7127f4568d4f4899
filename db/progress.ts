import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { findLessonById } from "@/lib/content";
import type { ChecklistKey } from "@/lib/content/schema";
import { getDb } from "./client";
import { guard } from "./errors";
import { checklistMarks, lessonCompletions, lessonVisits } from "./schema";

export type MarkResult = { ok: true; done: boolean; skillTicked: boolean } | { ok: false; error: "unknownLesson" };

/**
 * Marks one of the learner's lessons done or not done. Idempotent: one row per (user, lesson).
 * Finishing every lesson of a track ticks the "skill" checklist item in the same transaction.
 */
export function setLessonDone({ userId, lessonId, done }: { userId: number; lessonId: string; done: boolean }): MarkResult {
  const found = findLessonById(lessonId);
  if (!found) return { ok: false, error: "unknownLesson" };
  const { track } = found;

  return guard("setLessonDone", () =>
    getDb().transaction(
      (tx) => {
        if (!done) {
          tx.delete(lessonCompletions)
            .where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.lessonId, lessonId)))
            .run();
          return { ok: true as const, done, skillTicked: false };
        }
        tx.insert(lessonCompletions)
          .values({ userId, lessonId, trackSlug: track.slug })
          .onConflictDoNothing()
          .run();
        const doneInTrack = new Set(
          tx
            .select({ id: lessonCompletions.lessonId })
            .from(lessonCompletions)
            .where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.trackSlug, track.slug)))
            .all()
            .map((r) => r.id),
        );
        const finished = track.lessons.every((l) => doneInTrack.has(l.id));
        if (finished) tx.insert(checklistMarks).values({ userId, itemKey: "skill" }).onConflictDoNothing().run();
        return { ok: true as const, done, skillTicked: finished };
      },
      { behavior: "immediate" },
    ),
  );
}

/** Remembers the latest visit to a lesson, for "Continue" and recent activity. */
export function recordVisit({ userId, lessonId }: { userId: number; lessonId: string }): boolean {
  const found = findLessonById(lessonId);
  if (!found) return false;
  guard("recordVisit", () =>
    getDb()
      .insert(lessonVisits)
      .values({ userId, lessonId, trackSlug: found.track.slug })
      .onConflictDoUpdate({
        target: [lessonVisits.userId, lessonVisits.lessonId],
        set: { visitedAt: sql`(unixepoch('subsec') * 1000)`, trackSlug: found.track.slug },
      })
      .run(),
  );
  return true;
}

export function getCompletedLessonIds({ userId }: { userId: number }): string[] {
  return guard("getCompletedLessonIds", () =>
    getDb()
      .select({ id: lessonCompletions.lessonId })
      .from(lessonCompletions)
      .where(eq(lessonCompletions.userId, userId))
      .all()
      .map((r) => r.id),
  );
}

export function getTrackCompletedLessonIds({ userId, trackSlug }: { userId: number; trackSlug: string }): string[] {
  return guard("getTrackCompletedLessonIds", () =>
    getDb()
      .select({ id: lessonCompletions.lessonId })
      .from(lessonCompletions)
      .where(and(eq(lessonCompletions.userId, userId), eq(lessonCompletions.trackSlug, trackSlug)))
      .all()
      .map((r) => r.id),
  );
}

export type ActivityRow = { kind: "completed" | "visited"; lessonId: string; trackSlug: string; at: number };

/** The learner's latest completions and visits, newest first. */
export function getRecentActivity({ userId, limit = 10 }: { userId: number; limit?: number }): ActivityRow[] {
  return guard("getRecentActivity", () => {
    const db = getDb();
    const completed = db
      .select({ lessonId: lessonCompletions.lessonId, trackSlug: lessonCompletions.trackSlug, at: lessonCompletions.completedAt })
      .from(lessonCompletions)
      .where(eq(lessonCompletions.userId, userId))
      .orderBy(desc(lessonCompletions.completedAt))
      .limit(limit)
      .all()
      .map((r) => ({ kind: "completed" as const, lessonId: r.lessonId, trackSlug: r.trackSlug, at: r.at.getTime() }));
    const visited = db
      .select({ lessonId: lessonVisits.lessonId, trackSlug: lessonVisits.trackSlug, at: lessonVisits.visitedAt })
      .from(lessonVisits)
      .where(eq(lessonVisits.userId, userId))
      .orderBy(desc(lessonVisits.visitedAt))
      .limit(limit)
      .all()
      .map((r) => ({ kind: "visited" as const, lessonId: r.lessonId, trackSlug: r.trackSlug, at: r.at.getTime() }));
    return [...completed, ...visited].sort((a, b) => b.at - a.at).slice(0, limit);
  });
}

/** Latest completion or visit per lesson, the input of the "Continue" choice. */
export function getLessonActivity({ userId }: { userId: number }): { lessonId: string; trackSlug: string; at: number }[] {
  return guard("getLessonActivity", () =>
    getDb()
      .all<{ lessonId: string; trackSlug: string; at: number }>(
        sql`SELECT lesson_id AS lessonId, track_slug AS trackSlug, MAX(at) AS at FROM (
              SELECT lesson_id, track_slug, completed_at AS at FROM lesson_completions WHERE user_id = ${userId}
              UNION ALL
              SELECT lesson_id, track_slug, visited_at AS at FROM lesson_visits WHERE user_id = ${userId}
            ) GROUP BY lesson_id`,
      ),
  );
}

export function getChecklistKeys({ userId }: { userId: number }): ChecklistKey[] {
  return guard("getChecklistKeys", () =>
    getDb()
      .select({ key: checklistMarks.itemKey })
      .from(checklistMarks)
      .where(eq(checklistMarks.userId, userId))
      .all()
      .map((r) => r.key as ChecklistKey),
  );
}

export function setChecklistItem({ userId, key, done }: { userId: number; key: ChecklistKey; done: boolean }) {
  guard("setChecklistItem", () => {
    const db = getDb();
    if (done) db.insert(checklistMarks).values({ userId, itemKey: key }).onConflictDoNothing().run();
    else db.delete(checklistMarks).where(and(eq(checklistMarks.userId, userId), eq(checklistMarks.itemKey, key))).run();
  });
}

/** Replaces the learner's whole checklist with exactly these keys (the no-JavaScript form post). */
export function replaceChecklist({ userId, keys }: { userId: number; keys: ChecklistKey[] }) {
  guard("replaceChecklist", () =>
    getDb().transaction(
      (tx) => {
        const current = new Set(
          tx.select({ key: checklistMarks.itemKey }).from(checklistMarks).where(eq(checklistMarks.userId, userId)).all().map((r) => r.key),
        );
        const wanted = new Set<string>(keys);
        for (const key of current) {
          if (!wanted.has(key)) {
            tx.delete(checklistMarks).where(and(eq(checklistMarks.userId, userId), eq(checklistMarks.itemKey, key))).run();
          }
        }
        for (const key of wanted) {
          if (!current.has(key)) tx.insert(checklistMarks).values({ userId, itemKey: key }).run();
        }
      },
      { behavior: "immediate" },
    ),
  );
}

