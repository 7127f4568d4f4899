import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getStudyTimes } from "@/db/activity";
import { setLessonDone } from "@/db/progress";
import { createUser } from "@/db/users";
import { getTracks } from "@/lib/content";
import { activitySince, dhakaDay, studyStreak } from "@/lib/streak";
import { useTempDatabase } from "./helpers/temp-db";

const at = (iso: string) => Date.parse(iso);

describe("study streak in Dhaka days", () => {
  beforeAll(async () => {
    await useTempDatabase();
  });

  it("counts 17:59 and 18:01 UTC as two Dhaka days, read back from the database", async () => {
    const user = await createUser({ email: `streak-${Date.now()}@example.com`, name: "S", passwordHash: "not-a-real-hash", locale: "bn" });
    const userId = user!.id;
    const [first, second] = getTracks()[0]!.lessons;
    await setLessonDone({ userId, lessonId: first!.id, done: true });
    await setLessonDone({ userId, lessonId: second!.id, done: true });
    const { db, t } = await getDb();
    // Wednesday 2026-12-02, one minute either side of midnight in Dhaka.
    await db.update(t.lessonCompletions).set({ completedAt: at("2026-12-02T17:59:00Z") }).where(eq(t.lessonCompletions.lessonId, first!.id));
    await db.update(t.lessonCompletions).set({ completedAt: at("2026-12-02T18:01:00Z") }).where(eq(t.lessonCompletions.lessonId, second!.id));
    await db.delete(t.lessonVisits).where(eq(t.lessonVisits.userId, userId));

    const now = at("2026-12-03T10:00:00Z"); // Thursday afternoon in Dhaka
    const times = await getStudyTimes({ userId, since: activitySince(now) });
    expect(times).toHaveLength(2);
    expect(new Set(times.map(dhakaDay)).size).toBe(2);
    const streak = studyStreak(times, now);
    // Wednesday and Thursday (Dhaka) studied: a two-day streak ending today.
    expect(streak.current).toBe(2);
    expect(streak.daysThisWeek).toBe(2);
    expect(streak.weeks.flatMap((w) => w.days).filter((d) => d?.studied)).toHaveLength(2);
  });

  it("puts both marks on one day when they are on the same side of 18:00 UTC", () => {
    const streak = studyStreak([at("2026-12-02T18:01:00Z"), at("2026-12-03T17:59:00Z")], at("2026-12-03T17:59:30Z"));
    expect(streak.current).toBe(1);
  });

  it("keeps yesterday's streak alive before today's study, and breaks it after a missed day", () => {
    const days = ["2026-11-29T06:00:00Z", "2026-11-30T06:00:00Z"].map(at);
    expect(studyStreak(days, at("2026-12-01T06:00:00Z")).current).toBe(2);
    expect(studyStreak(days, at("2026-12-02T06:00:00Z")).current).toBe(0);
  });

  it("starts the week on Saturday and shows 12 weeks with no future days", () => {
    // Friday 2026-12-04 in Dhaka: the week is Saturday 28 Nov to Friday 4 Dec.
    const streak = studyStreak([at("2026-11-27T06:00:00Z"), at("2026-11-28T06:00:00Z")], at("2026-12-04T06:00:00Z"));
    expect(streak.daysThisWeek).toBe(1);
    expect(streak.weeks).toHaveLength(12);
    expect(streak.weeks.at(-1)!.days.every((d) => d !== null)).toBe(true);
    const wednesday = studyStreak([], at("2026-12-02T06:00:00Z"));
    expect(wednesday.weeks.at(-1)!.days.filter((d) => d === null)).toHaveLength(2);
  });
});
