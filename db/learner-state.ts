import "server-only";
import { eq, sql } from "drizzle-orm";
import type { ChecklistKey } from "@/lib/content/schema";
import { prepared, type Db, type Tables } from "./client";
import { guard } from "./errors";
import { readQueries } from "./progress";

type Handle = { db: Db; t: Tables };
const userId = sql.placeholder("userId");

/**
 * Everything the learner's state (/api/me) reads, as five statements prepared once per connection
 * (the state is asked once per visit by every signed-in learner, so it is a hot path). Completions
 * serve both the done marks and "Continue"; seed:scale checks each plan through `learnerStateQueries`.
 */
export const learnerStateQueries = {
  completions: (h: Handle, id: number | typeof userId) => readQueries.allCompleted(h, id),
  visits: (h: Handle, id: number | typeof userId) => readQueries.allVisited(h, id),
  checklist: (h: Handle, id: number | typeof userId) => readQueries.checklistKeys(h, id),
  checks: ({ db, t }: Handle, id: number | typeof userId) =>
    db
      .select({ lessonId: t.checkAttempts.lessonId, bestScore: t.checkAttempts.bestScore, bestTotal: t.checkAttempts.bestTotal, passedAt: t.checkAttempts.passedAt })
      .from(t.checkAttempts)
      .where(eq(t.checkAttempts.userId, id)),
  practice: ({ db, t }: Handle, id: number | typeof userId) =>
    db.select({ lessonId: t.practiceSubmissions.lessonId }).from(t.practiceSubmissions).where(eq(t.practiceSubmissions.userId, id)),
};

export type LearnerRows = {
  completions: { lessonId: string; trackSlug: string; at: number }[];
  visits: { lessonId: string; trackSlug: string; at: number }[];
  checklist: ChecklistKey[];
  checks: { lessonId: string; bestScore: number; bestTotal: number; passedAt: number | null }[];
  practice: string[];
};

export async function getLearnerRows({ userId: id }: { userId: number }): Promise<LearnerRows> {
  return guard("getLearnerRows", async () => {
    const completionsQuery = await prepared("state.completions", (h) => learnerStateQueries.completions(h, userId).prepare("state_completions"));
    const visitsQuery = await prepared("state.visits", (h) => learnerStateQueries.visits(h, userId).prepare("state_visits"));
    const checklistQuery = await prepared("state.checklist", (h) => learnerStateQueries.checklist(h, userId).prepare("state_checklist"));
    const checksQuery = await prepared("state.checks", (h) => learnerStateQueries.checks(h, userId).prepare("state_checks"));
    const practiceQuery = await prepared("state.practice", (h) => learnerStateQueries.practice(h, userId).prepare("state_practice"));
    const bind = { userId: id };
    const [completions, visits, checklist, checks, practice] = await Promise.all([
      completionsQuery.execute(bind),
      visitsQuery.execute(bind),
      checklistQuery.execute(bind),
      checksQuery.execute(bind),
      practiceQuery.execute(bind),
    ]);
    return {
      completions,
      visits,
      checklist: checklist.map((r) => r.key as ChecklistKey),
      checks,
      practice: practice.map((r) => r.lessonId),
    };
  });
}
