import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getChecklistKeys, getCompletedLessonIds, getLessonActivity, recordVisit, replaceChecklist, setLessonDone } from "@/db/progress";
import { lessonCompletions } from "@/db/schema";
import { createUser, deleteUser } from "@/db/users";
import { getTracks } from "@/lib/content";
import { resumeLesson, trackProgress } from "@/lib/progress";
import { useTempDatabase } from "./helpers/temp-db";

describe("progress arithmetic", () => {
  it("counts only lessons that are in the track now, so it never passes 100%", () => {
    const done = new Set(["a", "b", "c", "removed-lesson"]);
    expect(trackProgress(["a", "b", "c", "d"], done)).toEqual({ done: 3, total: 4, percent: 75 });
    // A lesson removed from the track no longer counts; one added lowers the share.
    expect(trackProgress(["a", "b", "c"], done)).toEqual({ done: 3, total: 3, percent: 100 });
    expect(trackProgress(["a", "b", "c", "d", "e"], done)).toEqual({ done: 3, total: 5, percent: 60 });
    expect(trackProgress([], done)).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it("continues at the first not-done lesson after the latest completed or visited one", () => {
    const ids = ["l1", "l2", "l3", "l4", "l5"];
    expect(resumeLesson(ids, new Set(), [])).toBe("l1");
    expect(resumeLesson(ids, new Set(["l1", "l2"]), [{ lessonId: "l2", at: 2 }, { lessonId: "l1", at: 1 }])).toBe("l3");
    // Visited l4 last without finishing it: reopen l4.
    expect(resumeLesson(ids, new Set(["l1"]), [{ lessonId: "l1", at: 1 }, { lessonId: "l4", at: 5 }])).toBe("l4");
    // Finished the last lesson but skipped l2: wrap to it.
    expect(resumeLesson(ids, new Set(["l1", "l3", "l4", "l5"]), [{ lessonId: "l5", at: 9 }])).toBe("l2");
    expect(resumeLesson(ids, new Set(ids), [{ lessonId: "l5", at: 9 }])).toBeNull();
    // Activity in other tracks is ignored.
    expect(resumeLesson(ids, new Set(["l1"]), [{ lessonId: "other", at: 99 }, { lessonId: "l1", at: 1 }])).toBe("l2");
  });
});

describe("saved progress", () => {
  let a: number;
  let b: number;
  beforeAll(() => {
    useTempDatabase();
    a = createUser({ email: "a@example.com", name: "A", passwordHash: "h", locale: "bn" })!.id;
    b = createUser({ email: "b@example.com", name: "B", passwordHash: "h", locale: "en" })!.id;
  });

  it("keeps one row when the same lesson is marked twice", () => {
    const lesson = getTracks()[0]!.lessons[0]!;
    expect(setLessonDone({ userId: a, lessonId: lesson.id, done: true })).toMatchObject({ ok: true, done: true });
    expect(setLessonDone({ userId: a, lessonId: lesson.id, done: true })).toMatchObject({ ok: true });
    expect(getDb().select().from(lessonCompletions).all().filter((r) => r.userId === a)).toHaveLength(1);
    setLessonDone({ userId: a, lessonId: lesson.id, done: false });
    setLessonDone({ userId: a, lessonId: lesson.id, done: false });
    expect(getCompletedLessonIds({ userId: a })).toEqual([]);
  });

  it("refuses an unknown lesson id and writes nothing", () => {
    expect(setLessonDone({ userId: a, lessonId: "no-such-lesson", done: true })).toEqual({ ok: false, error: "unknownLesson" });
    expect(recordVisit({ userId: a, lessonId: "no-such-lesson" })).toBe(false);
    expect(getCompletedLessonIds({ userId: a })).toEqual([]);
    expect(getLessonActivity({ userId: a })).toEqual([]);
  });

  it("a second learner sees none of the first one's marks", () => {
    const track = getTracks()[1]!;
    setLessonDone({ userId: a, lessonId: track.lessons[0]!.id, done: true });
    recordVisit({ userId: a, lessonId: track.lessons[1]!.id });
    replaceChecklist({ userId: a, keys: ["internet", "english"] });
    expect(getCompletedLessonIds({ userId: b })).toEqual([]);
    expect(getLessonActivity({ userId: b })).toEqual([]);
    expect(getChecklistKeys({ userId: b })).toEqual([]);
    expect(getChecklistKeys({ userId: a }).sort()).toEqual(["english", "internet"]);
  });

  it("ticks the skill item when a learner finishes a whole track", () => {
    const track = getTracks()[2]!;
    const results = track.lessons.map((l) => setLessonDone({ userId: b, lessonId: l.id, done: true }));
    expect(results.at(-1)).toMatchObject({ ok: true, skillTicked: true });
    expect(results.slice(0, -1).every((r) => r.ok && !r.skillTicked)).toBe(true);
    expect(getChecklistKeys({ userId: b })).toContain("skill");
  });

  it("keeps only the latest visit per lesson", () => {
    const lesson = getTracks()[3]!.lessons[0]!;
    recordVisit({ userId: b, lessonId: lesson.id });
    recordVisit({ userId: b, lessonId: lesson.id });
    expect(getLessonActivity({ userId: b }).filter((x) => x.lessonId === lesson.id)).toHaveLength(1);
  });

  it("removes all of a learner's rows with the account", () => {
    deleteUser({ userId: a });
    expect(getCompletedLessonIds({ userId: a })).toEqual([]);
    expect(getChecklistKeys({ userId: a })).toEqual([]);
    expect(getLessonActivity({ userId: a })).toEqual([]);
    expect(getCompletedLessonIds({ userId: b }).length).toBeGreaterThan(0);
  });
});
