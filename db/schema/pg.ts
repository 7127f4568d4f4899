// The PostgreSQL twin of db/schema/sqlite.ts (see there). Keep the two identical in shape.
import { sql } from "drizzle-orm";
import { bigint, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

const createdNow = sql`((extract(epoch from clock_timestamp()) * 1000)::bigint)`;
const millis = (name: string) => bigint(name, { mode: "number" });

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  locale: text("locale", { enum: ["bn", "en"] }).notNull().default("bn"),
  sessionVersion: integer("session_version").notNull().default(1),
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

export const signinThrottle = pgTable("signin_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: millis("window_start").notNull(),
});
