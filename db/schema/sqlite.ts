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

export const signinThrottle = sqliteTable("signin_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: millis("window_start").notNull(),
});
