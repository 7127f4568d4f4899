import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  answerQuestion,
  askQuestion,
  deletePost,
  editPost,
  exportQuestionData,
  getModerationQueue,
  getModeratorActions,
  getMyQuestions,
  getQuestionCounts,
  getWaitingQuestions,
  listLessonQuestions,
  markQuestionsSeen,
  moderatePost,
  reportPost,
  toggleAccepted,
  toggleHelpful,
} from "@/db/questions";
import { setUserRole } from "@/db/roles";
import { deleteUser } from "@/db/users";
import { askSchema } from "@/lib/questions-validation";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

const LESSON = "ob-what-is-outsourcing";
const TRACK = "outsourcing-basics";
let n = 0;

async function learner(name = "Learner"): Promise<number> {
  const { db, t } = await getDb();
  const [u] = await db
    .insert(t.users)
    .values({ email: `l${++n}-${Math.random().toString(36).slice(2)}@example.com`, name, passwordHash: "$argon2id$x", locale: "bn" })
    .returning({ id: t.users.id });
  return u!.id;
}

async function ask(userId: number, body = "How do I write my first proposal?", lessonId = LESSON) {
  const r = await askQuestion({ userId, lessonId, trackSlug: TRACK, body });
  if (!r.ok) throw new Error(r.error);
  return r.id;
}

describe(`questions and answers (${testDialect})`, () => {
  beforeAll(async () => {
    await useTempDatabase();
  });

  it("the accepted answer comes first and the question shows as solved; votes toggle", async () => {
    const a = await learner("Asker");
    const b = await learner("Helper");
    const c = await learner("Other");
    const lessonId = "lesson-solve";
    const q = await ask(a, "Which camera app is best for a phone?", lessonId);
    const first = await answerQuestion({ userId: c, questionId: q, body: "Any camera app works fine." });
    const second = await answerQuestion({ userId: b, questionId: q, body: "Open Camera, with manual focus." });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;

    expect(await toggleAccepted({ userId: b, questionId: q, answerId: second.id })).toBe(false);
    expect(await toggleAccepted({ userId: a, questionId: q, answerId: second.id })).toBe(true);
    let [view] = await listLessonQuestions({ lessonId, viewerId: a });
    expect(view!.acceptedAnswerId).toBe(second.id);
    expect(view!.answers.map((x) => x.id)).toEqual([second.id, first.id]);
    expect(view!.answers[0]!.accepted).toBe(true);

    expect(await toggleHelpful({ userId: a, answerId: first.id })).toEqual({ ok: true, voted: true });
    expect(await toggleHelpful({ userId: b, answerId: first.id })).toEqual({ ok: true, voted: true });
    expect(await toggleHelpful({ userId: b, answerId: first.id })).toEqual({ ok: true, voted: false });
    expect(await toggleHelpful({ userId: c, answerId: first.id })).toEqual({ ok: false, error: "notAllowed" });
    [view] = await listLessonQuestions({ lessonId, viewerId: a });
    expect(view!.answers.find((x) => x.id === first.id)).toMatchObject({ helpful: 1, votedByViewer: true });
    expect(await getQuestionCounts({ trackSlug: TRACK })).toMatchObject({ [lessonId]: { total: 1, solved: 1 } });
  });

  it("lists open questions first, newest unanswered at the top", async () => {
    const a = await learner();
    const b = await learner();
    const lessonId = "lesson-order";
    const old = await ask(a, "An older open question here", lessonId);
    const answered = await ask(a, "A question someone answered", lessonId);
    await answerQuestion({ userId: b, questionId: answered, body: "Here is an answer for you" });
    const newest = await ask(a, "The newest open question", lessonId);
    const ids = (await listLessonQuestions({ lessonId })).map((q) => q.id);
    expect(ids).toEqual([newest, old, answered]);
  });

  it("allows 5 questions and 20 answers an hour, and refuses the next without saving it", async () => {
    const a = await learner();
    for (let i = 0; i < 5; i++) await ask(a, `Question number ${i} about proposals`, "lesson-limit");
    expect(await askQuestion({ userId: a, lessonId: "lesson-limit", trackSlug: TRACK, body: "One question too many" })).toEqual({ ok: false, error: "questionLimit" });
    const b = await learner();
    const q = await ask(b, "Open question for many answers", "lesson-limit-2");
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => answerQuestion({ userId: a, questionId: q, body: `Answer number ${i} with detail` })));
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(20);
    const { db, t } = await getDb();
    expect((await db.select().from(t.answers).where(eq(t.answers.authorId, a))).length).toBeLessThanOrEqual(20);
    expect((await db.select().from(t.questions).where(eq(t.questions.authorId, a))).length).toBe(5);
  });

  it("lets authors edit within 15 minutes; a deleted post keeps its place once answered", async () => {
    const a = await learner();
    const b = await learner();
    const q = await ask(a, "A question to edit later", "lesson-edit");
    expect(await editPost({ userId: b, kind: "question", id: q, body: "Not my question at all" })).toBe(false);
    expect(await editPost({ userId: a, kind: "question", id: q, body: "An edited question text" })).toBe(true);
    const { db, t } = await getDb();
    await db.update(t.questions).set({ createdAt: Date.now() - 16 * 60_000 }).where(eq(t.questions.id, q));
    expect(await editPost({ userId: a, kind: "question", id: q, body: "Too late to edit this" })).toBe(false);
    await answerQuestion({ userId: b, questionId: q, body: "An answer that keeps it" });
    expect(await deletePost({ userId: a, kind: "question", id: q })).toBe(true);
    const [view] = await listLessonQuestions({ lessonId: "lesson-edit" });
    expect(view).toMatchObject({ id: q, state: "deleted", body: "" });
    expect(view!.answers).toHaveLength(1);

    const gone = await ask(a, "A question deleted at once", "lesson-edit-2");
    await deletePost({ userId: a, kind: "question", id: gone });
    expect(await listLessonQuestions({ lessonId: "lesson-edit-2" })).toEqual([]);
  });

  it("three reports from different learners hide a post; only a moderator restores it, and it is recorded", async () => {
    const a = await learner();
    const q = await ask(a, "Join my Telegram for tasks", "lesson-report");
    const [r1, r2, r3] = [await learner(), await learner(), await learner()];
    expect(await reportPost({ userId: a, kind: "question", id: q })).toEqual({ ok: false, error: "notAllowed" });
    expect(await reportPost({ userId: r1, kind: "question", id: q })).toEqual({ ok: true, hidden: false });
    expect(await reportPost({ userId: r1, kind: "question", id: q })).toEqual({ ok: true, hidden: false });
    expect(await reportPost({ userId: r2, kind: "question", id: q })).toEqual({ ok: true, hidden: false });
    expect(await reportPost({ userId: r3, kind: "question", id: q })).toEqual({ ok: true, hidden: true });
    expect((await listLessonQuestions({ lessonId: "lesson-report" }))[0]).toMatchObject({ state: "hidden", body: "" });
    expect(await getModerationQueue()).toMatchObject([{ kind: "question", id: q, reports: 3 }]);

    expect(await moderatePost({ moderatorId: r1, kind: "question", id: q, decision: "restore" })).toBe(false);
    const mod = await learner("Moderator");
    const { db, t } = await getDb();
    const [modRow] = await db.select({ email: t.users.email }).from(t.users).where(eq(t.users.id, mod));
    expect(await setUserRole({ email: modRow!.email.toUpperCase(), role: "moderator" })).toBe(true);
    expect(await moderatePost({ moderatorId: mod, kind: "question", id: q, decision: "restore" })).toBe(true);
    expect((await listLessonQuestions({ lessonId: "lesson-report" }))[0]).toMatchObject({ state: "visible" });
    expect(await getModerationQueue()).toEqual([]);
    expect((await getModeratorActions())[0]).toMatchObject({ kind: "question", postId: q, action: "restore", moderatorName: "Moderator" });
    // Old reports do not hide it again; a new one alone does not either.
    expect(await reportPost({ userId: await learner(), kind: "question", id: q })).toEqual({ ok: true, hidden: false });
  });

  it("shows the asker new answers since they last looked, and helpers the questions waiting in their tracks", async () => {
    const a = await learner();
    const helper = await learner();
    const { db, t } = await getDb();
    await db.insert(t.lessonCompletions).values({ userId: helper, lessonId: "x-1", trackSlug: "waiting-track" });
    const r = await askQuestion({ userId: a, lessonId: "w-1", trackSlug: "waiting-track", body: "Waiting for some help here" });
    if (!r.ok) throw new Error();
    expect((await getWaitingQuestions({ userId: helper })).map((q) => q.id)).toEqual([r.id]);
    expect(await getWaitingQuestions({ userId: a })).toEqual([]);
    await answerQuestion({ userId: helper, questionId: r.id, body: "Here is the help you need" });
    expect(await getWaitingQuestions({ userId: helper })).toEqual([]);
    expect((await getMyQuestions({ userId: a }))[0]).toMatchObject({ id: r.id, answers: 1, newAnswers: 1 });
    await markQuestionsSeen({ userId: a, lessonId: "w-1" });
    expect((await getMyQuestions({ userId: a }))[0]).toMatchObject({ answers: 1, newAnswers: 0 });
  });

  it("exports a learner's posts and votes; deleting the account removes the votes and keeps the posts as a deleted learner's", async () => {
    const a = await learner("Leaving");
    const b = await learner();
    const q = await ask(a, "A question from someone leaving", "lesson-delete");
    const theirs = await ask(b, "Another learner's question", "lesson-delete");
    const ans = await answerQuestion({ userId: a, questionId: theirs, body: "An answer from someone leaving" });
    const other = await answerQuestion({ userId: b, questionId: q, body: "An answer to the leaver" });
    if (!ans.ok || !other.ok) throw new Error();
    await toggleHelpful({ userId: a, answerId: other.id });
    const data = await exportQuestionData({ userId: a });
    expect(data.questions).toMatchObject([{ id: q, body: "A question from someone leaving" }]);
    expect(data.answers).toMatchObject([{ id: ans.id, questionId: theirs }]);
    expect(data.helpfulVotes).toMatchObject([{ answerId: other.id }]);

    await deleteUser({ userId: a });
    const view = await listLessonQuestions({ lessonId: "lesson-delete" });
    const mine = view.find((x) => x.id === q)!;
    expect(mine).toMatchObject({ authorId: null, authorName: null, body: "A question from someone leaving" });
    expect(mine.answers[0]).toMatchObject({ id: other.id, helpful: 0 });
    expect(view.find((x) => x.id === theirs)!.answers[0]).toMatchObject({ authorId: null, body: "An answer from someone leaving" });
  });

  it("refuses a question of 2,001 characters or under 10", () => {
    expect(askSchema.safeParse({ lessonId: LESSON, body: "x".repeat(2001) }).success).toBe(false);
    expect(askSchema.safeParse({ lessonId: LESSON, body: "x".repeat(2000) }).success).toBe(true);
    expect(askSchema.safeParse({ lessonId: LESSON, body: "   short   " }).success).toBe(false);
  });
});
