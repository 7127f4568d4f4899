import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { checklistMarks, lessonCompletions, lessonVisits, signinThrottle, users } from "@/db/schema";
import { useTempDatabase } from "./helpers/temp-db";

describe("the database", () => {
  beforeAll(() => {
    useTempDatabase();
  });

  it("opens with WAL, a busy timeout and foreign keys on", () => {
    const sqlite = getDb().$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("round-trips a row through every table, and deleting a learner removes all of theirs", () => {
    const db = getDb();
    const user = db
      .insert(users)
      .values({ email: "rahim@example.com", name: "রহিম", passwordHash: "$argon2id$x", locale: "bn" })
      .returning()
      .get();
    expect(user.sessionVersion).toBe(1);
    expect(user.createdAt).toBeInstanceOf(Date);

    db.insert(lessonCompletions).values({ userId: user.id, lessonId: "ob-x", trackSlug: "outsourcing-basics" }).run();
    db.insert(checklistMarks).values({ userId: user.id, itemKey: "internet" }).run();
    db.insert(lessonVisits).values({ userId: user.id, lessonId: "ob-x", trackSlug: "outsourcing-basics" }).run();
    db.insert(signinThrottle).values({ key: "email:rahim@example.com", failures: 2, windowStart: new Date(1000) }).run();

    expect(db.select().from(users).where(eq(users.id, user.id)).get()?.name).toBe("রহিম");
    expect(db.select().from(lessonCompletions).all()).toMatchObject([{ userId: user.id, lessonId: "ob-x" }]);
    expect(db.select().from(checklistMarks).all()).toMatchObject([{ itemKey: "internet" }]);
    expect(db.select().from(lessonVisits).all()).toMatchObject([{ lessonId: "ob-x" }]);
    expect(db.select().from(signinThrottle).get()).toMatchObject({ failures: 2, windowStart: new Date(1000) });

    db.delete(users).where(eq(users.id, user.id)).run();
    expect(db.select().from(lessonCompletions).all()).toEqual([]);
    expect(db.select().from(checklistMarks).all()).toEqual([]);
    expect(db.select().from(lessonVisits).all()).toEqual([]);
  });

  it("refuses a second account with the same email and a completion for a learner who does not exist", () => {
    const db = getDb();
    db.insert(users).values({ email: "karim@example.com", name: "Karim", passwordHash: "h" }).run();
    expect(() => db.insert(users).values({ email: "karim@example.com", name: "K2", passwordHash: "h" }).run()).toThrow(/UNIQUE/);
    expect(() => db.insert(lessonCompletions).values({ userId: 999_999, lessonId: "x", trackSlug: "y" }).run()).toThrow(/FOREIGN KEY/);
  });
});
