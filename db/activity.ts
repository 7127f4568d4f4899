import "server-only";
import { and, eq, gte } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

type Handle = Awaited<ReturnType<typeof getDb>>;

// Both read the (user, time) indexes: lesson_completions_user_time, lesson_visits_user_time.
// A visit row holds only the latest visit of each lesson, so older visits are not study days here.
export const activityQueries = {
  completedSince: ({ db, t }: Handle, userId: number, since: number) =>
    db
      .select({ at: t.lessonCompletions.completedAt })
      .from(t.lessonCompletions)
      .where(and(eq(t.lessonCompletions.userId, userId), gte(t.lessonCompletions.completedAt, since))),
  visitedSince: ({ db, t }: Handle, userId: number, since: number) =>
    db
      .select({ at: t.lessonVisits.visitedAt })
      .from(t.lessonVisits)
      .where(and(eq(t.lessonVisits.userId, userId), gte(t.lessonVisits.visitedAt, since))),
};

/** The times (ms) the learner completed or opened a lesson since `since`, for the study streak. */
export async function getStudyTimes({ userId, since }: { userId: number; since: number }): Promise<number[]> {
  return guard("getStudyTimes", async () => {
    const handle = await getDb();
    const [completed, visited] = await Promise.all([activityQueries.completedSince(handle, userId, since), activityQueries.visitedSince(handle, userId, since)]);
    return [...completed, ...visited].map((r) => r.at);
  });
}
