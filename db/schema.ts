import { relations, sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const createdNow = sql`(unixepoch('subsec') * 1000)`;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Stored trimmed and lower-cased, so the unique index is case-insensitive in practice.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale", { enum: ["bn", "en"] }).notNull().default("bn"),
  // Bumped to revoke every session at once (sign out everywhere, password change, deletion).
  sessionVersion: integer("session_version").notNull().default(1),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(createdNow),
});

export const lessonCompletions = sqliteTable(
  "lesson_completions",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    trackSlug: text("track_slug").notNull(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }).notNull().default(createdNow),
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
    doneAt: integer("done_at", { mode: "timestamp_ms" }).notNull().default(createdNow),
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
    visitedAt: integer("visited_at", { mode: "timestamp_ms" }).notNull().default(createdNow),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.lessonId] }),
    index("lesson_visits_user_time").on(t.userId, t.visitedAt),
  ],
);

export const signinThrottle = sqliteTable("signin_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: integer("window_start", { mode: "timestamp_ms" }).notNull(),
});

export const usersRelations = relations(users, ({ many }) => ({
  completions: many(lessonCompletions),
  checklist: many(checklistMarks),
  visits: many(lessonVisits),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type LessonCompletion = typeof lessonCompletions.$inferSelect;
export type ChecklistMark = typeof checklistMarks.$inferSelect;
export type LessonVisit = typeof lessonVisits.$inferSelect;
