import { beforeAll, describe, expect, it } from "vitest";
import { exportCheckAttempts, getCheckSummaries, saveCheckAttempt } from "@/db/checks";
import { createUser, deleteUser, exportUserData } from "@/db/users";
import { gradeCheck, lessonsToReview } from "@/lib/checks";
import { getCurriculum, getTracks } from "@/lib/content";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

const lesson = getTracks()[0]!.lessons[0]!;
const questions = getCurriculum().checks[lesson.id]!;
const right = Object.fromEntries(questions.map((q) => [q.id, q.answer]));
const wrongFirst = { ...right, [questions[0]!.id]: questions[0]!.options.find((o) => o.id !== questions[0]!.answer)!.id };

describe("grading a check", () => {
  it("counts right answers from content, whatever the browser thinks", () => {
    const all = gradeCheck(questions, right);
    expect(all).toMatchObject({ ok: true, score: questions.length, total: questions.length, passed: true });
    const one = gradeCheck(questions, wrongFirst);
    expect(one).toMatchObject({ ok: true, score: questions.length - 1, passed: false });
    if (one.ok) expect(one.questions[0]).toMatchObject({ correct: false, answer: questions[0]!.answer });
  });

  it("refuses an option or question that does not exist, and an unanswered question", () => {
    expect(gradeCheck(questions, { ...right, [questions[0]!.id]: "z" })).toEqual({ ok: false, error: "unknownOption" });
    expect(gradeCheck(questions, { ...right, "someone-elses-question": "a" })).toEqual({ ok: false, error: "unknownOption" });
    const three = questions.find((q) => q.options.length === 3);
    if (three) expect(gradeCheck(questions, { ...right, [three.id]: "d" })).toEqual({ ok: false, error: "unknownOption" });
    const { [questions[1]!.id]: _skipped, ...partial } = right;
    expect(gradeCheck(questions, partial)).toEqual({ ok: false, error: "answerAll" });
  });

  it("suggests reviewing lessons done whose check is not passed", () => {
    expect(lessonsToReview(["a", "b", "c", "d"], new Set(["b"]), (id) => id !== "d")).toEqual(["a", "c"]);
  });
});

describe(`saved check attempts (${testDialect})`, () => {
  beforeAll(async () => {
    await useTempDatabase();
  });

  const save = (userId: number, answers: Record<string, string>) => {
    const g = gradeCheck(questions, answers);
    if (!g.ok) throw new Error(g.error);
    return saveCheckAttempt({ userId, lessonId: lesson.id, trackSlug: "outsourcing-basics", score: g.score, total: g.total, answers: g.answers });
  };

  it("keeps the latest attempt and the best score in one row; a pass stays passed", async () => {
    const user = (await createUser({ email: "checks@example.com", name: "Mitu", passwordHash: "$argon2id$x", locale: "bn" }))!;
    const first = await save(user.id, wrongFirst);
    expect(first).toMatchObject({ score: questions.length - 1, bestScore: questions.length - 1, attempts: 1, passedAt: null });
    const second = await save(user.id, right);
    expect(second).toMatchObject({ score: questions.length, bestScore: questions.length, bestTotal: questions.length, attempts: 2 });
    expect(second.passedAt).not.toBeNull();
    const third = await save(user.id, wrongFirst);
    expect(third).toMatchObject({ score: questions.length - 1, bestScore: questions.length, attempts: 3, passedAt: second.passedAt });
    expect(await getCheckSummaries({ userId: user.id })).toHaveLength(1);

    const exported = await exportUserData({ userId: user.id });
    expect(exported!.checks).toEqual([
      expect.objectContaining({ lessonId: lesson.id, score: questions.length - 1, bestScore: questions.length, attempts: 3, answers: wrongFirst }),
    ]);
    await deleteUser({ userId: user.id });
    expect(await exportCheckAttempts({ userId: user.id })).toEqual([]);
  });

  it("loses neither attempt nor the best score when attempts arrive at once", async () => {
    const user = (await createUser({ email: "race@example.com", name: "Race", passwordHash: "$argon2id$x", locale: "en" }))!;
    await Promise.all(Array.from({ length: 20 }, (_, i) => save(user.id, i === 7 ? right : wrongFirst)));
    const [row] = await getCheckSummaries({ userId: user.id });
    expect(row).toMatchObject({ attempts: 20, bestScore: questions.length });
    expect(row!.passedAt).not.toBeNull();
  });

  it("shows a learner none of another learner's attempts", async () => {
    const a = (await createUser({ email: "a-checks@example.com", name: "A", passwordHash: "$argon2id$x", locale: "en" }))!;
    const b = (await createUser({ email: "b-checks@example.com", name: "B", passwordHash: "$argon2id$x", locale: "en" }))!;
    await save(a.id, right);
    expect(await getCheckSummaries({ userId: b.id })).toEqual([]);
  });
});
