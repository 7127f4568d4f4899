// The PostgreSQL twin of db/schema/sqlite.ts (see there). Keep the two identical in shape.
import { sql } from "drizzle-orm";
import { bigint, index, integer, pgTable, primaryKey, uniqueIndex, text } from "drizzle-orm/pg-core";

const createdNow = sql`((extract(epoch from clock_timestamp()) * 1000)::bigint)`;
const millis = (name: string) => bigint(name, { mode: "number" });

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale", { enum: ["bn", "en"] }).notNull().default("bn"),
  sessionVersion: integer("session_version").notNull().default(1),
  role: text("role", { enum: ["learner", "moderator"] }).notNull().default("learner"),
  createdAt: millis("created_at").notNull().default(createdNow),
});

export const lessonCompletions = pgTable(
  "lesson_completions",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    trackSlug: text("track_slug").notNull(),
    completedAt: millis("completed_at").notNull().default(createdNow),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.lessonId] }),
    index("lesson_completions_user_track").on(t.userId, t.trackSlug),
    index("lesson_completions_user_time").on(t.userId, t.completedAt),
  ],
);

export const checklistMarks = pgTable(
  "checklist_marks",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemKey: text("item_key").notNull(),
    doneAt: millis("done_at").notNull().default(createdNow),
  },
  (t) => [primaryKey({ columns: [t.userId, t.itemKey] })],
);

export const lessonVisits = pgTable(
  "lesson_visits",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    trackSlug: text("track_slug").notNull(),
    visitedAt: millis("visited_at").notNull().default(createdNow),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.lessonId] }),
    index("lesson_visits_user_time").on(t.userId, t.visitedAt),
  ],
);

// One fixed window per key for every rate limit (lib/rate-limit.ts). Keys are HMACs of the
// bucket name, so every row has the same small size whatever a client sends; rows whose window
// has long passed are purged.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    windowStart: millis("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [index("rate_limits_window").on(t.windowStart)],
);

// At most one reset link per learner: issuing a new one replaces the old (the primary key), and
// using it deletes it. Only a hash of the token is kept.
export const passwordResets = pgTable("password_resets", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: millis("expires_at").notNull(),
});

// Questions and answers on lessons. A post outlives its author: deleting an account sets the
// author to NULL ("deleted learner"), so the answers others wrote keep their context.
// Deleting a post clears its text and keeps its place (deletedAt). hiddenAt: hidden by reports,
// pending review; removedAt: removed by a moderator; reviewedAt: last moderator decision (only
// reports made after it count towards hiding again).
export const questions = pgTable(
  "questions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    lessonId: text("lesson_id").notNull(),
    trackSlug: text("track_slug").notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    acceptedAnswerId: integer("accepted_answer_id"),
    createdAt: millis("created_at").notNull().default(createdNow),
    editedAt: millis("edited_at"),
    deletedAt: millis("deleted_at"),
    hiddenAt: millis("hidden_at"),
    removedAt: millis("removed_at"),
    reviewedAt: millis("reviewed_at"),
    // When the asker last looked at the lesson's questions: answers after it are "new".
    askerSeenAt: millis("asker_seen_at").notNull().default(createdNow),
  },
  (t) => [
    index("questions_lesson_time").on(t.lessonId, t.createdAt),
    index("questions_track").on(t.trackSlug, t.lessonId),
    index("questions_author_time").on(t.authorId, t.createdAt),
    index("questions_hidden").on(t.hiddenAt),
  ],
);

export const answers = pgTable(
  "answers",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: millis("created_at").notNull().default(createdNow),
    editedAt: millis("edited_at"),
    deletedAt: millis("deleted_at"),
    hiddenAt: millis("hidden_at"),
    removedAt: millis("removed_at"),
    reviewedAt: millis("reviewed_at"),
  },
  (t) => [
    index("answers_question_time").on(t.questionId, t.createdAt),
    index("answers_author_time").on(t.authorId, t.createdAt),
    index("answers_hidden").on(t.hiddenAt),
  ],
);

// "Helpful": one vote per learner per answer; removed with the learner's account.
export const answerVotes = pgTable(
  "answer_votes",
  {
    answerId: integer("answer_id")
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: millis("created_at").notNull().default(createdNow),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.userId] }), index("answer_votes_user").on(t.userId)],
);

// One report per learner per post; three from different learners hide the post.
export const postReports = pgTable(
  "post_reports",
  {
    postKind: text("post_kind", { enum: ["question", "answer"] }).notNull(),
    postId: integer("post_id").notNull(),
    reporterId: integer("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: millis("created_at").notNull().default(createdNow),
  },
  (t) => [primaryKey({ columns: [t.postKind, t.postId, t.reporterId] }), index("post_reports_reporter").on(t.reporterId)],
);

// Every moderator decision, kept even when the moderator's account is deleted.
export const moderatorActions = pgTable(
  "moderator_actions",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    moderatorId: integer("moderator_id").references(() => users.id, { onDelete: "set null" }),
    postKind: text("post_kind", { enum: ["question", "answer"] }).notNull(),
    postId: integer("post_id").notNull(),
    action: text("action", { enum: ["restore", "remove"] }).notNull(),
    createdAt: millis("created_at").notNull().default(createdNow),
  },
  (t) => [index("moderator_actions_time").on(t.createdAt)],
);

// Sessions ended by a plain sign-out, until their cookie would have expired anyway: a replayed
// copy of that cookie is refused on every server. Read in the same statement as the learner.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: millis("expires_at").notNull(),
  },
  (t) => [index("revoked_sessions_expiry").on(t.expiresAt), index("revoked_sessions_user").on(t.userId)],
);

export const checkAttempts = pgTable(
  "check_attempts",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    trackSlug: text("track_slug").notNull(),
    score: integer("score").notNull(),
    total: integer("total").notNull(),
    answers: text("answers").notNull(),
    bestScore: integer("best_score").notNull(),
    bestTotal: integer("best_total").notNull(),
    attempts: integer("attempts").notNull().default(1),
    passedAt: millis("passed_at"),
    attemptedAt: millis("attempted_at").notNull().default(createdNow),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] })],
);

// Issue 15: the learner's practice work, public portfolio settings and issued certificates.
export const practiceSubmissions = pgTable(
  "practice_submissions",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    trackSlug: text("track_slug").notNull(),
    url: text("url").notNull(),
    note: text("note").notNull().default(""),
    // 1 when the learner chose to show this item on the public portfolio.
    shown: integer("shown").notNull().default(0),
    updatedAt: millis("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] }), index("practice_submissions_user_track").on(t.userId, t.trackSlug)],
);

export const portfolios = pgTable("portfolios", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  // Stored lower-cased, so the unique index is case-insensitive.
  handle: text("handle").notNull().unique(),
  displayName: text("display_name").notNull(),
  headline: text("headline").notNull().default(""),
  published: integer("published").notNull().default(0),
  updatedAt: millis("updated_at").notNull(),
});

// A certificate outlives its learner's account as a revoked row: deleting the account sets the
// user to null and blanks the name, so /verify/<code> can say "revoked" instead of "not found".
export const certificates = pgTable(
  "certificates",
  {
    code: text("code").primaryKey(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    trackSlug: text("track_slug").notNull(),
    learnerName: text("learner_name").notNull(),
    // JSON snapshots of what the certificate claims, fixed at issue time.
    lessonIds: text("lesson_ids").notNull(),
    practice: text("practice").notNull(),
    issuedAt: millis("issued_at").notNull(),
    revokedAt: millis("revoked_at"),
  },
  (t) => [uniqueIndex("certificates_user_track").on(t.userId, t.trackSlug)],
);

// Issue 17: the learner's private notes, one per lesson; the full text is saved each time.
export const lessonNotes = pgTable(
  "lesson_notes",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    body: text("body").notNull(),
    updatedAt: millis("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] })],
);
