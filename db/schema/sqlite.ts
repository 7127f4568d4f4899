// The SQLite schema. db/schema/pg.ts is its PostgreSQL twin: same tables, columns, keys, indexes
// and cascades (tests/unit/schema-parity.test.ts keeps them identical). Times are integers of
// milliseconds since the epoch in both dialects, so they store, compare and sort the same way.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const createdNow = sql`(unixepoch('subsec') * 1000)`;
const millis = (name: string) => integer(name);

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Stored trimmed and lower-cased, so the unique index is case-insensitive in practice.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale", { enum: ["bn", "en"] }).notNull().default("bn"),
  // Bumped to revoke every session at once (sign out everywhere, password change, deletion).
  sessionVersion: integer("session_version").notNull().default(1),
  createdAt: millis("created_at").notNull().default(createdNow),
});

export const lessonCompletions = sqliteTable(
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

export const checklistMarks = sqliteTable(
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

export const lessonVisits = sqliteTable(
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
export const rateLimits = sqliteTable(
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
export const passwordResets = sqliteTable("password_resets", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  expiresAt: millis("expires_at").notNull(),
});

// Sessions ended by a plain sign-out, until their cookie would have expired anyway: a replayed
// copy of that cookie is refused on every server. Read in the same statement as the learner.
export const revokedSessions = sqliteTable(
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
