import { beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { getChecklistKeys, getCompletedLessonIds, getLessonActivity, recordVisit, replaceChecklist, setLessonDone } from "@/db/progress";
import { createUser, deleteUser } from "@/db/users";
import { getTracks } from "@/lib/content";
import { learnerState } from "@/lib/learner-state";
import { resumeLesson, trackProgress } from "@/lib/progress";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

async function countRows(userId: number) {
  const { db, t } = await getDb();
  const [row] = await db.select({ n: count() }).from(t.lessonCompletions).where(eq(t.lessonCompletions.userId, userId));
  return row!.n;
}

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
  beforeAll(async () => {
    await useTempDatabase();
    a = (await createUser({ email: "a@example.com", name: "A", passwordHash: "h", locale: "bn" }))!.id;
    b = (await createUser({ email: "b@example.com", name: "B", passwordHash: "h", locale: "en" }))!.id;
  });

  it("keeps one row when the same lesson is marked twice", async () => {
    const lesson = getTracks()[0]!.lessons[0]!;
    expect(await setLessonDone({ userId: a, lessonId: lesson.id, done: true })).toMatchObject({ ok: true, done: true });
    expect(await setLessonDone({ userId: a, lessonId: lesson.id, done: true })).toMatchObject({ ok: true });
    expect(await countRows(a)).toBe(1);
    await setLessonDone({ userId: a, lessonId: lesson.id, done: false });
    await setLessonDone({ userId: a, lessonId: lesson.id, done: false });
    expect(await getCompletedLessonIds({ userId: a })).toEqual([]);
  });

  it("refuses an unknown lesson id and writes nothing", async () => {
    expect(await setLessonDone({ userId: a, lessonId: "no-such-lesson", done: true })).toEqual({ ok: false, error: "unknownLesson" });
    expect(await recordVisit({ userId: a, lessonId: "no-such-lesson" })).toBe(false);
    expect(await getCompletedLessonIds({ userId: a })).toEqual([]);
    expect(await getLessonActivity({ userId: a })).toEqual([]);
  });

  it("a second learner sees none of the first one's marks", async () => {
    const track = getTracks()[1]!;
    await setLessonDone({ userId: a, lessonId: track.lessons[0]!.id, done: true });
    await recordVisit({ userId: a, lessonId: track.lessons[1]!.id });
    await replaceChecklist({ userId: a, keys: ["internet", "english"] });
    expect(await getCompletedLessonIds({ userId: b })).toEqual([]);
    expect(await getLessonActivity({ userId: b })).toEqual([]);
    expect(await getChecklistKeys({ userId: b })).toEqual([]);
    expect((await getChecklistKeys({ userId: a })).sort()).toEqual(["english", "internet"]);
    // The learner's state runs statements prepared once per connection: each call binds its own
    // learner and reads the rows as they are now.
    const stateA = await learnerState({ id: a, name: "A" });
    const stateB = await learnerState({ id: b, name: "B" });
    expect(stateA.done).toEqual([track.lessons[0]!.id]);
    expect(stateA.checklist.sort()).toEqual(["english", "internet"]);
    expect(stateA.resume[track.slug]).toBe(track.lessons[1]!.id);
    expect(stateA.next).toMatchObject({ trackSlug: track.slug, lessonSlug: track.lessons[1]!.slug });
    expect(stateB).toMatchObject({ done: [], checklist: [], resume: {}, next: null, checks: {}, practice: [] });
    await setLessonDone({ userId: a, lessonId: track.lessons[1]!.id, done: true });
    expect((await learnerState({ id: a, name: "A" })).done.sort()).toEqual([track.lessons[0]!.id, track.lessons[1]!.id].sort());
    expect((await learnerState({ id: b, name: "B" })).done).toEqual([]);
  });

  it("ticks the skill item when a learner finishes a whole track", async () => {
    const track = getTracks()[2]!;
    const results = [] as Awaited<ReturnType<typeof setLessonDone>>[];
    for (const l of track.lessons) results.push(await setLessonDone({ userId: b, lessonId: l.id, done: true }));
    expect(results.at(-1)).toMatchObject({ ok: true, skillTicked: true });
    expect(results.slice(0, -1).every((r) => r.ok && !r.skillTicked)).toBe(true);
    expect(await getChecklistKeys({ userId: b })).toContain("skill");
  });

  it("keeps only the latest visit per lesson", async () => {
    const lesson = getTracks()[3]!.lessons[0]!;
    await recordVisit({ userId: b, lessonId: lesson.id });
    await recordVisit({ userId: b, lessonId: lesson.id });
    expect((await getLessonActivity({ userId: b })).filter((x) => x.lessonId === lesson.id)).toHaveLength(1);
  });

  it("removes all of a learner's rows with the account", async () => {
    await deleteUser({ userId: a });
    expect(await getCompletedLessonIds({ userId: a })).toEqual([]);
    expect(await getChecklistKeys({ userId: a })).toEqual([]);
    expect(await getLessonActivity({ userId: a })).toEqual([]);
    expect((await getCompletedLessonIds({ userId: b })).length).toBeGreaterThan(0);
  });
});

describe(`concurrent learners (${testDialect})`, () => {
  beforeAll(async () => {
    await useTempDatabase();
  });

  it("50 learners finishing the same track's last lessons at once lose no mark and all get the skill tick", async () => {
    const track = getTracks()[0]!;
    const ids = track.lessons.map((l) => l.id);
    const learners: number[] = [];
    for (let i = 0; i < 50; i++) {
      learners.push((await createUser({ email: `c${i}@example.com`, name: `C${i}`, passwordHash: "h", locale: "bn" }))!.id);
    }
    // Everyone has done all but the last three lessons…
    for (const userId of learners) for (const id of ids.slice(0, -3)) await setLessonDone({ userId, lessonId: id, done: true });
    // …then all 150 last marks (and a repeated click each) arrive together.
    const lastMarks = learners.flatMap((userId) => [...ids.slice(-3), ids.at(-1)!].map((lessonId) => ({ userId, lessonId })));
    const results = await Promise.all(lastMarks.map((m) => setLessonDone({ ...m, done: true })));
    expect(results.every((r) => r.ok)).toBe(true);

    let lost = 0;
    let withoutSkill = 0;
    for (const userId of learners) {
      const done = new Set(await getCompletedLessonIds({ userId }));
      lost += ids.filter((id) => !done.has(id)).length;
      if (!(await getChecklistKeys({ userId })).includes("skill")) withoutSkill++;
    }
    expect({ lost, withoutSkill }).toEqual({ lost: 0, withoutSkill: 0 });
  });

  it("concurrent checklist posts of one learner never fail, and the next post sets exactly its keys", async () => {
    const userId = (await createUser({ email: "posts@example.com", name: "P", passwordHash: "h", locale: "bn" }))!.id;
    const sets: ("internet" | "english" | "computer" | "phone")[][] = [["internet"], ["internet", "english"], ["computer", "phone"], []];
    for (let round = 0; round < 10; round++) {
      await Promise.all(sets.map((keys) => replaceChecklist({ userId, keys })));
      const saved = (await getChecklistKeys({ userId })).sort();
      // Each statement is atomic, so the result is a union of at most two posts' keys: never junk.
      for (const key of saved) expect(["internet", "english", "computer", "phone"]).toContain(key);
    }
    await replaceChecklist({ userId, keys: ["english"] });
    expect(await getChecklistKeys({ userId })).toEqual(["english"]);
  });
});
