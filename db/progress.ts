import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { findLessonById } from "@/lib/content";
import type { ChecklistKey } from "@/lib/content/schema";
import { getDb, prepared } from "./client";
import { guard } from "./errors";
import { checklistMarks, lessonCompletions, lessonVisits } from "./schema";

export type MarkResult = { ok: true; done: boolean; skillTicked: boolean } | { ok: false; error: "unknownLesson" };

// The write behind every mark, prepared once: it runs for each click of every learner.
const markStatements = () =>
  prepared("markLesson", (db) => {
    const c = db.$client;
    const remove = c.prepare("DELETE FROM lesson_completions WHERE user_id = ? AND lesson_id = ?");
    const insert = c.prepare("INSERT INTO lesson_completions (user_id, lesson_id, track_slug) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    const doneInTrack = c.prepare<[number, string], string>("SELECT lesson_id FROM lesson_completions WHERE user_id = ? AND track_slug = ?").pluck();
    const tickSkill = c.prepare("INSERT INTO checklist_marks (user_id, item_key) VALUES (?, 'skill') ON CONFLICT DO NOTHING");
    return c.transaction((userId: number, lessonId: string, trackSlug: string, trackLessonIds: string[], done: boolean) => {
      if (!done) {
        remove.run(userId, lessonId);
        return false;
      }
      insert.run(userId, lessonId, trackSlug);
      const saved = new Set(doneInTrack.all(userId, trackSlug));
      const finished = trackLessonIds.every((id) => saved.has(id));
      if (finished) tickSkill.run(userId);
      return finished;
    });
  });

/**
 * Marks one of the learner's lessons done or not done. Idempotent: one row per (user, lesson).
 * Finishing every lesson of a track ticks the "skill" checklist item in the same transaction,
 * which is BEGIN IMMEDIATE so that concurrent writers queue instead of failing.
 */
export function setLessonDone({ userId, lessonId, done }: { userId: number; lessonId: string; done: boolean }): MarkResult {
  const found = findLessonById(lessonId);
  if (!found) return { ok: false, error: "unknownLesson" };
  const { track } = found;
  const skillTicked = guard("setLessonDone", () =>
    markStatements().immediate(userId, lessonId, track.slug, track.lessons.map((l) => l.id), done),
  );
  return { ok: true, done, skillTicked };
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
    prepared("completedLessonIds", (db) =>
      db.select({ id: lessonCompletions.lessonId }).from(lessonCompletions).where(eq(lessonCompletions.userId, sql.placeholder("userId"))).prepare(),
    )
      .all({ userId })
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
    prepared("lessonActivity", (db) =>
      db.$client.prepare<{ userId: number }, { lessonId: string; trackSlug: string; at: number }>(
        `SELECT lesson_id AS lessonId, track_slug AS trackSlug, MAX(at) AS at FROM (
           SELECT lesson_id, track_slug, completed_at AS at FROM lesson_completions WHERE user_id = @userId
           UNION ALL
           SELECT lesson_id, track_slug, visited_at AS at FROM lesson_visits WHERE user_id = @userId
         ) GROUP BY lesson_id`,
      ),
    ).all({ userId }),
  );
}

export function getChecklistKeys({ userId }: { userId: number }): ChecklistKey[] {
  return guard("getChecklistKeys", () =>
    prepared("checklistKeys", (db) =>
      db.select({ key: checklistMarks.itemKey }).from(checklistMarks).where(eq(checklistMarks.userId, sql.placeholder("userId"))).prepare(),
    )
      .all({ userId })
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

