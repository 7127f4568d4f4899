import "server-only";
import { and, asc, count, desc, eq, exists, gt, inArray, isNotNull, isNull, ne, notExists, or, sql } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export const QUESTIONS_PER_HOUR = 5;
export const ANSWERS_PER_HOUR = 20;
export const EDIT_WINDOW_MS = 15 * 60_000;
export const REPORTS_TO_HIDE = 3;
const HOUR_MS = 60 * 60_000;

export type PostKind = "question" | "answer";
type Handle = Awaited<ReturnType<typeof getDb>>;
const postTable = ({ t }: Handle, kind: PostKind) => (kind === "question" ? t.questions : t.answers);

export type PostResult = { ok: true; id: number } | { ok: false; error: "questionLimit" | "answerLimit" | "notFound" | "notAllowed" };

/**
 * The hourly limit without a transaction or a shared limiter: the post is inserted, then the
 * learner's posts of the last hour are counted, and a post that makes the count exceed the limit
 * is taken back at once. Of concurrent posts, any that would exceed it sees the others and is
 * refused, so no learner ever keeps more than the limit (at worst a race refuses one too many).
 */
async function insertWithinLimit(
  handle: Handle,
  kind: PostKind,
  userId: number,
  limit: number,
  insert: () => Promise<{ id: number }[]>,
): Promise<number | null> {
  const { db } = handle;
  const table = postTable(handle, kind);
  const [row] = await insert();
  if (!row) return null;
  const [counted] = await db
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.authorId, userId), gt(table.createdAt, Date.now() - HOUR_MS)));
  if ((counted?.n ?? 0) > limit) {
    await db.delete(table).where(eq(table.id, row.id));
    return null;
  }
  return row.id;
}

export async function askQuestion({ userId, lessonId, trackSlug, body }: { userId: number; lessonId: string; trackSlug: string; body: string }): Promise<PostResult> {
  return guard("askQuestion", async () => {
    const handle = await getDb();
    const { db, t } = handle;
    const now = Date.now();
    const id = await insertWithinLimit(handle, "question", userId, QUESTIONS_PER_HOUR, () =>
      db.insert(t.questions).values({ lessonId, trackSlug, authorId: userId, body, createdAt: now, askerSeenAt: now }).returning({ id: t.questions.id }),
    );
    return id === null ? { ok: false, error: "questionLimit" } : { ok: true, id };
  });
}

/** Open for answers: not deleted, hidden or removed. Returns its lesson for the caller's links. */
async function openQuestion({ db, t }: Handle, questionId: number) {
  const [q] = await db
    .select({ id: t.questions.id, lessonId: t.questions.lessonId, authorId: t.questions.authorId })
    .from(t.questions)
    .where(and(eq(t.questions.id, questionId), isNull(t.questions.deletedAt), isNull(t.questions.hiddenAt), isNull(t.questions.removedAt)))
    .limit(1);
  return q;
}

export async function answerQuestion({ userId, questionId, body }: { userId: number; questionId: number; body: string }): Promise<PostResult> {
  return guard("answerQuestion", async () => {
    const handle = await getDb();
    const { db, t } = handle;
    if (!(await openQuestion(handle, questionId))) return { ok: false, error: "notFound" };
    const id = await insertWithinLimit(handle, "answer", userId, ANSWERS_PER_HOUR, () =>
      db.insert(t.answers).values({ questionId, authorId: userId, body, createdAt: Date.now() }).returning({ id: t.answers.id }),
    );
    return id === null ? { ok: false, error: "answerLimit" } : { ok: true, id };
  });
}

/** The author edits their own post within 15 minutes of posting it. */
export async function editPost({ userId, kind, id, body }: { userId: number; kind: PostKind; id: number; body: string }): Promise<boolean> {
  return guard("editPost", async () => {
    const handle = await getDb();
    const table = postTable(handle, kind);
    const now = Date.now();
    const rows = await handle.db
      .update(table)
      .set({ body, editedAt: now })
      .where(and(eq(table.id, id), eq(table.authorId, userId), isNull(table.deletedAt), isNull(table.removedAt), gt(table.createdAt, now - EDIT_WINDOW_MS)))
      .returning({ id: table.id });
    return rows.length > 0;
  });
}

/** The author deletes their own post: its text is gone, its place (and others' answers) stays. */
export async function deletePost({ userId, kind, id }: { userId: number; kind: PostKind; id: number }): Promise<boolean> {
  return guard("deletePost", async () => {
    const handle = await getDb();
    const table = postTable(handle, kind);
    const rows = await handle.db
      .update(table)
      .set({ body: "", deletedAt: Date.now() })
      .where(and(eq(table.id, id), eq(table.authorId, userId), isNull(table.deletedAt)))
      .returning({ id: table.id });
    return rows.length > 0;
  });
}

/** The asker marks one answer of their question "This solved it"; marking it again unmarks it. */
export async function toggleAccepted({ userId, questionId, answerId }: { userId: number; questionId: number; answerId: number }): Promise<boolean> {
  return guard("toggleAccepted", async () => {
    const { db, t } = await getDb();
    const answer = db
      .select({ id: t.answers.id })
      .from(t.answers)
      .where(and(eq(t.answers.id, answerId), eq(t.answers.questionId, questionId), isNull(t.answers.deletedAt), isNull(t.answers.removedAt)));
    const rows = await db
      .update(t.questions)
      .set({ acceptedAnswerId: sql`CASE WHEN ${t.questions.acceptedAnswerId} = ${answerId} THEN NULL ELSE CAST(${answerId} AS integer) END` })
      .where(and(eq(t.questions.id, questionId), eq(t.questions.authorId, userId), isNull(t.questions.deletedAt), exists(answer)))
      .returning({ id: t.questions.id });
    return rows.length > 0;
  });
}

export type VoteResult = { ok: true; voted: boolean } | { ok: false; error: "notFound" | "notAllowed" };

/** "Helpful", one vote per learner per answer, toggled; not on one's own answer. */
export async function toggleHelpful({ userId, answerId }: { userId: number; answerId: number }): Promise<VoteResult> {
  return guard("toggleHelpful", async () => {
    const { db, t } = await getDb();
    const [answer] = await db
      .select({ authorId: t.answers.authorId })
      .from(t.answers)
      .where(and(eq(t.answers.id, answerId), isNull(t.answers.deletedAt), isNull(t.answers.removedAt)))
      .limit(1);
    if (!answer) return { ok: false, error: "notFound" };
    if (answer.authorId === userId) return { ok: false, error: "notAllowed" };
    const added = await db.insert(t.answerVotes).values({ answerId, userId, createdAt: Date.now() }).onConflictDoNothing().returning({ id: t.answerVotes.answerId });
    if (added.length > 0) return { ok: true, voted: true };
    await db.delete(t.answerVotes).where(and(eq(t.answerVotes.answerId, answerId), eq(t.answerVotes.userId, userId)));
    return { ok: true, voted: false };
  });
}

export type ReportResult = { ok: true; hidden: boolean } | { ok: false; error: "notFound" | "notAllowed" };

/**
 * One report per learner per post. The post is hidden, pending review, by the one statement that
 * sees the third report since the last moderator decision, whichever report that was.
 */
export async function reportPost({ userId, kind, id }: { userId: number; kind: PostKind; id: number }): Promise<ReportResult> {
  return guard("reportPost", async () => {
    const handle = await getDb();
    const { db, t } = handle;
    const table = postTable(handle, kind);
    const [post] = await db.select({ authorId: table.authorId }).from(table).where(and(eq(table.id, id), isNull(table.deletedAt))).limit(1);
    if (!post) return { ok: false, error: "notFound" };
    if (post.authorId === userId) return { ok: false, error: "notAllowed" };
    const now = Date.now();
    await db.insert(t.postReports).values({ postKind: kind, postId: id, reporterId: userId, createdAt: now }).onConflictDoNothing();
    const name = sql.raw(kind === "question" ? "questions" : "answers");
    const hidden = await db
      .update(table)
      .set({ hiddenAt: now })
      .where(
        and(
          eq(table.id, id),
          isNull(table.hiddenAt),
          isNull(table.removedAt),
          sql`(SELECT count(*) FROM post_reports WHERE post_reports.post_kind = ${kind} AND post_reports.post_id = ${id}
                AND post_reports.created_at > coalesce(${name}.reviewed_at, 0)) >= ${REPORTS_TO_HIDE}`,
        ),
      )
      .returning({ id: table.id });
    return { ok: true, hidden: hidden.length > 0 };
  });
}

/**
 * A moderator restores or removes a post; only a learner whose role is "moderator" can, checked in
 * the same statement, and every decision is recorded.
 */
export async function moderatePost({ moderatorId, kind, id, decision }: { moderatorId: number; kind: PostKind; id: number; decision: "restore" | "remove" }): Promise<boolean> {
  return guard("moderatePost", async () => {
    const handle = await getDb();
    const { db, t } = handle;
    const table = postTable(handle, kind);
    const now = Date.now();
    const isModerator = db.select({ id: t.users.id }).from(t.users).where(and(eq(t.users.id, moderatorId), eq(t.users.role, "moderator")));
    const rows = await db
      .update(table)
      .set({ hiddenAt: null, reviewedAt: now, removedAt: decision === "remove" ? now : null })
      .where(and(eq(table.id, id), exists(isModerator)))
      .returning({ id: table.id });
    if (rows.length === 0) return false;
    await db.insert(t.moderatorActions).values({ moderatorId, postKind: kind, postId: id, action: decision, createdAt: now });
    return true;
  });
}

export type PostState = "visible" | "deleted" | "hidden" | "removed";
export type PostView = {
  id: number;
  body: string;
  state: PostState;
  authorId: number | null;
  authorName: string | null;
  createdAt: number;
  editedAt: number | null;
  reportedByViewer: boolean;
};
export type AnswerView = PostView & { helpful: number; votedByViewer: boolean; accepted: boolean };
export type QuestionView = PostView & { lessonId: string; trackSlug: string; acceptedAnswerId: number | null; answers: AnswerView[] };

function stateOf(p: { deletedAt: number | null; hiddenAt: number | null; removedAt: number | null }): PostState {
  if (p.removedAt !== null) return "removed";
  if (p.deletedAt !== null) return "deleted";
  if (p.hiddenAt !== null) return "hidden";
  return "visible";
}

/** A deleted post keeps its place once it is past the edit window or others answered it. */
function keepsPlace(p: { deletedAt: number | null; createdAt: number }, answered: boolean): boolean {
  return p.deletedAt === null || answered || p.deletedAt - p.createdAt > EDIT_WINDOW_MS;
}

/**
 * A lesson's questions with their answers, for everyone; the viewer's own votes and reports
 * when signed in. Text is only given for visible posts. Open questions come first (unanswered,
 * then answered), newest first; in a question, the accepted answer first, then the most helpful.
 */
export async function listLessonQuestions({ lessonId, viewerId, limit = 100 }: { lessonId: string; viewerId?: number | null; limit?: number }): Promise<QuestionView[]> {
  return guard("listLessonQuestions", async () => {
    const { db, t } = await getDb();
    const qs = await db
      .select({ q: t.questions, authorName: t.users.name })
      .from(t.questions)
      .leftJoin(t.users, eq(t.users.id, t.questions.authorId))
      .where(eq(t.questions.lessonId, lessonId))
      .orderBy(desc(t.questions.createdAt))
      .limit(limit);
    if (qs.length === 0) return [];
    const qIds = qs.map((r) => r.q.id);
    const as = await db
      .select({ a: t.answers, authorName: t.users.name })
      .from(t.answers)
      .leftJoin(t.users, eq(t.users.id, t.answers.authorId))
      .where(inArray(t.answers.questionId, qIds))
      .orderBy(asc(t.answers.createdAt));
    const aIds = as.map((r) => r.a.id);
    const [votes, mine, reported] = await Promise.all([
      aIds.length
        ? db.select({ answerId: t.answerVotes.answerId, n: count() }).from(t.answerVotes).where(inArray(t.answerVotes.answerId, aIds)).groupBy(t.answerVotes.answerId)
        : [],
      viewerId && aIds.length
        ? db.select({ answerId: t.answerVotes.answerId }).from(t.answerVotes).where(and(eq(t.answerVotes.userId, viewerId), inArray(t.answerVotes.answerId, aIds)))
        : [],
      viewerId
        ? db
            .select({ kind: t.postReports.postKind, id: t.postReports.postId })
            .from(t.postReports)
            .where(
              and(
                eq(t.postReports.reporterId, viewerId),
                or(
                  and(eq(t.postReports.postKind, "question"), inArray(t.postReports.postId, qIds)),
                  aIds.length ? and(eq(t.postReports.postKind, "answer"), inArray(t.postReports.postId, aIds)) : undefined,
                ),
              ),
            )
        : [],
    ]);
    const helpful = new Map(votes.map((v) => [v.answerId, Number(v.n)]));
    const voted = new Set(mine.map((v) => v.answerId));
    const reports = new Set(reported.map((r) => `${r.kind}:${r.id}`));
    const view = <P extends { id: number; body: string; authorId: number | null; createdAt: number; editedAt: number | null; deletedAt: number | null; hiddenAt: number | null; removedAt: number | null }>(
      kind: PostKind,
      p: P,
      authorName: string | null,
    ): PostView => {
      const state = stateOf(p);
      return {
        id: p.id,
        body: state === "visible" ? p.body : "",
        state,
        authorId: p.authorId,
        authorName: p.authorId === null ? null : authorName,
        createdAt: p.createdAt,
        editedAt: p.editedAt,
        reportedByViewer: reports.has(`${kind}:${p.id}`),
      };
    };

    const byQuestion = new Map<number, AnswerView[]>();
    for (const { a, authorName } of as) {
      if (!keepsPlace(a, false)) continue;
      const list = byQuestion.get(a.questionId) ?? [];
      list.push({ ...view("answer", a, authorName), helpful: helpful.get(a.id) ?? 0, votedByViewer: voted.has(a.id), accepted: false });
      byQuestion.set(a.questionId, list);
    }
    const out: QuestionView[] = [];
    for (const { q, authorName } of qs) {
      const answers = byQuestion.get(q.id) ?? [];
      if (!keepsPlace(q, answers.length > 0)) continue;
      for (const a of answers) a.accepted = a.id === q.acceptedAnswerId && a.state === "visible";
      answers.sort((x, y) => Number(y.accepted) - Number(x.accepted) || y.helpful - x.helpful || x.createdAt - y.createdAt);
      out.push({ ...view("question", q, authorName), lessonId: q.lessonId, trackSlug: q.trackSlug, acceptedAnswerId: answers.some((a) => a.accepted) ? q.acceptedAnswerId : null, answers });
    }
    const rank = (q: QuestionView) => (q.acceptedAnswerId !== null ? 2 : q.answers.some((a) => a.state === "visible") ? 1 : 0);
    return out.sort((x, y) => rank(x) - rank(y) || y.createdAt - x.createdAt);
  });
}

/** The asker has looked at this lesson's questions: their answers so far are no longer new. */
export async function markQuestionsSeen({ userId, lessonId }: { userId: number; lessonId: string }): Promise<void> {
  await guard("markQuestionsSeen", async () => {
    const { db, t } = await getDb();
    await db
      .update(t.questions)
      .set({ askerSeenAt: Date.now() })
      .where(and(eq(t.questions.authorId, userId), eq(t.questions.lessonId, lessonId)));
  });
}

export type MyQuestion = { id: number; lessonId: string; trackSlug: string; body: string; createdAt: number; solved: boolean; answers: number; newAnswers: number };

/** The learner's own questions, newest first, with answers by others since they last looked. */
export async function getMyQuestions({ userId, limit = 20 }: { userId: number; limit?: number }): Promise<MyQuestion[]> {
  return guard("getMyQuestions", async () => {
    const { db, t } = await getDb();
    const qs = await db
      .select({
        id: t.questions.id,
        lessonId: t.questions.lessonId,
        trackSlug: t.questions.trackSlug,
        body: t.questions.body,
        createdAt: t.questions.createdAt,
        acceptedAnswerId: t.questions.acceptedAnswerId,
        askerSeenAt: t.questions.askerSeenAt,
      })
      .from(t.questions)
      .where(and(eq(t.questions.authorId, userId), isNull(t.questions.deletedAt), isNull(t.questions.removedAt)))
      .orderBy(desc(t.questions.createdAt))
      .limit(limit);
    if (qs.length === 0) return [];
    const as = await db
      .select({ questionId: t.answers.questionId, authorId: t.answers.authorId, createdAt: t.answers.createdAt })
      .from(t.answers)
      .where(and(inArray(t.answers.questionId, qs.map((q) => q.id)), isNull(t.answers.deletedAt), isNull(t.answers.removedAt), isNull(t.answers.hiddenAt)));
    return qs.map((q) => {
      const mine = as.filter((a) => a.questionId === q.id);
      return {
        id: q.id,
        lessonId: q.lessonId,
        trackSlug: q.trackSlug,
        body: q.body,
        createdAt: q.createdAt,
        solved: q.acceptedAnswerId !== null,
        answers: mine.length,
        newAnswers: mine.filter((a) => a.authorId !== userId && a.createdAt > q.askerSeenAt).length,
      };
    });
  });
}

export type WaitingQuestion = { id: number; lessonId: string; trackSlug: string; body: string; createdAt: number };

/** Unanswered questions by others in the tracks this learner has finished lessons of. */
export async function getWaitingQuestions({ userId, limit = 10 }: { userId: number; limit?: number }): Promise<WaitingQuestion[]> {
  return guard("getWaitingQuestions", async () => {
    const { db, t } = await getDb();
    const myTracks = db.selectDistinct({ slug: t.lessonCompletions.trackSlug }).from(t.lessonCompletions).where(eq(t.lessonCompletions.userId, userId));
    const anyAnswer = db
      .select({ id: t.answers.id })
      .from(t.answers)
      .where(and(eq(t.answers.questionId, t.questions.id), isNull(t.answers.deletedAt), isNull(t.answers.removedAt)));
    return db
      .select({ id: t.questions.id, lessonId: t.questions.lessonId, trackSlug: t.questions.trackSlug, body: t.questions.body, createdAt: t.questions.createdAt })
      .from(t.questions)
      .where(
        and(
          inArray(t.questions.trackSlug, myTracks),
          or(isNull(t.questions.authorId), ne(t.questions.authorId, userId)),
          isNull(t.questions.deletedAt),
          isNull(t.questions.hiddenAt),
          isNull(t.questions.removedAt),
          notExists(anyAnswer),
        ),
      )
      .orderBy(desc(t.questions.createdAt))
      .limit(limit);
  });
}

export type LessonQuestionCount = { total: number; solved: number };

/** How many questions each lesson of a track has, and how many are solved. */
export async function getQuestionCounts({ trackSlug }: { trackSlug: string }): Promise<Record<string, LessonQuestionCount>> {
  return guard("getQuestionCounts", async () => {
    const { db, t } = await getDb();
    const rows = await db
      .select({
        lessonId: t.questions.lessonId,
        total: count(),
        solved: count(t.questions.acceptedAnswerId),
      })
      .from(t.questions)
      .where(and(eq(t.questions.trackSlug, trackSlug), isNull(t.questions.deletedAt), isNull(t.questions.removedAt), isNull(t.questions.hiddenAt)))
      .groupBy(t.questions.lessonId);
    return Object.fromEntries(rows.map((r) => [r.lessonId, { total: Number(r.total), solved: Number(r.solved) }]));
  });
}

export type QueueItem = { kind: PostKind; id: number; body: string; lessonId: string; authorName: string | null; createdAt: number; hiddenAt: number; reports: number };

/** Posts hidden by reports, oldest first, for the moderators' review queue. */
export async function getModerationQueue({ limit = 50 }: { limit?: number } = {}): Promise<QueueItem[]> {
  return guard("getModerationQueue", async () => {
    const { db, t } = await getDb();
    const [qs, as] = await Promise.all([
      db
        .select({ id: t.questions.id, body: t.questions.body, lessonId: t.questions.lessonId, authorName: t.users.name, createdAt: t.questions.createdAt, hiddenAt: t.questions.hiddenAt })
        .from(t.questions)
        .leftJoin(t.users, eq(t.users.id, t.questions.authorId))
        .where(and(isNotNull(t.questions.hiddenAt), isNull(t.questions.removedAt), isNull(t.questions.deletedAt)))
        .orderBy(asc(t.questions.hiddenAt))
        .limit(limit),
      db
        .select({ id: t.answers.id, body: t.answers.body, lessonId: t.questions.lessonId, authorName: t.users.name, createdAt: t.answers.createdAt, hiddenAt: t.answers.hiddenAt })
        .from(t.answers)
        .innerJoin(t.questions, eq(t.questions.id, t.answers.questionId))
        .leftJoin(t.users, eq(t.users.id, t.answers.authorId))
        .where(and(isNotNull(t.answers.hiddenAt), isNull(t.answers.removedAt), isNull(t.answers.deletedAt)))
        .orderBy(asc(t.answers.hiddenAt))
        .limit(limit),
    ]);
    const items = [...qs.map((q) => ({ ...q, kind: "question" as const })), ...as.map((a) => ({ ...a, kind: "answer" as const }))];
    if (items.length === 0) return [];
    const counts = await db
      .select({ kind: t.postReports.postKind, id: t.postReports.postId, n: count() })
      .from(t.postReports)
      .where(
        or(
          qs.length ? and(eq(t.postReports.postKind, "question"), inArray(t.postReports.postId, qs.map((q) => q.id))) : undefined,
          as.length ? and(eq(t.postReports.postKind, "answer"), inArray(t.postReports.postId, as.map((a) => a.id))) : undefined,
        ),
      )
      .groupBy(t.postReports.postKind, t.postReports.postId);
    const n = new Map(counts.map((c) => [`${c.kind}:${c.id}`, Number(c.n)]));
    return items
      .map((i) => ({ ...i, hiddenAt: i.hiddenAt!, reports: n.get(`${i.kind}:${i.id}`) ?? 0 }))
      .sort((x, y) => x.hiddenAt - y.hiddenAt);
  });
}

export type ModeratorActionRow = { id: number; moderatorName: string | null; kind: PostKind; postId: number; action: "restore" | "remove"; createdAt: number };

export async function getModeratorActions({ limit = 20 }: { limit?: number } = {}): Promise<ModeratorActionRow[]> {
  return guard("getModeratorActions", async () => {
    const { db, t } = await getDb();
    const rows = await db
      .select({ id: t.moderatorActions.id, moderatorName: t.users.name, kind: t.moderatorActions.postKind, postId: t.moderatorActions.postId, action: t.moderatorActions.action, createdAt: t.moderatorActions.createdAt })
      .from(t.moderatorActions)
      .leftJoin(t.users, eq(t.users.id, t.moderatorActions.moderatorId))
      .orderBy(desc(t.moderatorActions.createdAt))
      .limit(limit);
    return rows;
  });
}

/** The learner's questions, answers and helpful votes, for their data export. */
export async function exportQuestionData({ userId }: { userId: number }) {
  return guard("exportQuestionData", async () => {
    const { db, t } = await getDb();
    const [questions, answers, votes] = await Promise.all([
      db
        .select({ id: t.questions.id, lessonId: t.questions.lessonId, trackSlug: t.questions.trackSlug, body: t.questions.body, createdAt: t.questions.createdAt, editedAt: t.questions.editedAt, deletedAt: t.questions.deletedAt, acceptedAnswerId: t.questions.acceptedAnswerId })
        .from(t.questions)
        .where(eq(t.questions.authorId, userId))
        .orderBy(asc(t.questions.createdAt)),
      db
        .select({ id: t.answers.id, questionId: t.answers.questionId, body: t.answers.body, createdAt: t.answers.createdAt, editedAt: t.answers.editedAt, deletedAt: t.answers.deletedAt })
        .from(t.answers)
        .where(eq(t.answers.authorId, userId))
        .orderBy(asc(t.answers.createdAt)),
      db.select({ answerId: t.answerVotes.answerId, createdAt: t.answerVotes.createdAt }).from(t.answerVotes).where(eq(t.answerVotes.userId, userId)),
    ]);
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return {
      questions: questions.map((q) => ({ ...q, createdAt: iso(q.createdAt), editedAt: iso(q.editedAt), deletedAt: iso(q.deletedAt) })),
      answers: answers.map((a) => ({ ...a, createdAt: iso(a.createdAt), editedAt: iso(a.editedAt), deletedAt: iso(a.deletedAt) })),
      helpfulVotes: votes.map((v) => ({ ...v, createdAt: iso(v.createdAt) })),
    };
  });
}
