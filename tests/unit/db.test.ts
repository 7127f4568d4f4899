import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, rawRows } from "@/db/client";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

describe(`the database (${testDialect})`, () => {
  beforeAll(async () => {
    await useTempDatabase();
  });

  it.runIf(testDialect === "sqlite")("opens SQLite with WAL, a busy timeout and foreign keys on", async () => {
    const one = async (pragma: string) => Object.values((await rawRows<Record<string, unknown>>(sql.raw(`PRAGMA ${pragma}`)))[0]!)[0];
    expect(await one("journal_mode")).toBe("wal");
    expect(Number(await one("busy_timeout"))).toBeGreaterThanOrEqual(1000);
    expect(await one("foreign_keys")).toBe(1);
  });

  it("round-trips a row through every table, and deleting a learner removes all of theirs", async () => {
    const { db, t } = await getDb();
    const [user] = await db
      .insert(t.users)
      .values({ email: "rahim@example.com", name: "রহিম", passwordHash: "$argon2id$x", locale: "bn" })
      .returning();
    expect(user!.sessionVersion).toBe(1);
    // The database's own default: milliseconds since the epoch, as a number, in both dialects.
    expect(typeof user!.createdAt).toBe("number");
    expect(Math.abs(user!.createdAt - Date.now())).toBeLessThan(60_000);

    await db.insert(t.lessonCompletions).values({ userId: user!.id, lessonId: "ob-x", trackSlug: "outsourcing-basics" });
    await db.insert(t.checklistMarks).values({ userId: user!.id, itemKey: "internet" });
    await db.insert(t.lessonVisits).values({ userId: user!.id, lessonId: "ob-x", trackSlug: "outsourcing-basics" });
    await db.insert(t.rateLimits).values({ key: "k".repeat(43), count: 2, windowStart: 1000 });
    await db.insert(t.passwordResets).values({ userId: user!.id, tokenHash: "h".repeat(43), expiresAt: 2000 });
    await db.insert(t.revokedSessions).values({ userId: user!.id, sessionId: "s1", expiresAt: 3000 });

    expect((await db.select().from(t.users).where(eq(t.users.id, user!.id)))[0]?.name).toBe("রহিম");
    expect(await db.select().from(t.lessonCompletions)).toMatchObject([{ userId: user!.id, lessonId: "ob-x" }]);
    expect(await db.select().from(t.checklistMarks)).toMatchObject([{ itemKey: "internet" }]);
    expect(await db.select().from(t.lessonVisits)).toMatchObject([{ lessonId: "ob-x" }]);
    expect(await db.select().from(t.rateLimits)).toMatchObject([{ count: 2, windowStart: 1000 }]);

    await db.delete(t.users).where(eq(t.users.id, user!.id));
    expect(await db.select().from(t.lessonCompletions)).toEqual([]);
    expect(await db.select().from(t.checklistMarks)).toEqual([]);
    expect(await db.select().from(t.lessonVisits)).toEqual([]);
    expect(await db.select().from(t.passwordResets)).toEqual([]);
    expect(await db.select().from(t.revokedSessions)).toEqual([]);
  });

  it("refuses a second account with the same email and a completion for a learner who does not exist", async () => {
    const { db, t } = await getDb();
    await db.insert(t.users).values({ email: "karim@example.com", name: "Karim", passwordHash: "h" });
    const failure = (p: Promise<unknown>) => p.then(() => "no error", (e: unknown) => String((e as { cause?: unknown }).cause ?? e));
    expect(await failure(db.insert(t.users).values({ email: "karim@example.com", name: "K2", passwordHash: "h" }))).toMatch(/UNIQUE|duplicate key/i);
    expect(await failure(db.insert(t.lessonCompletions).values({ userId: 999_999, lessonId: "x", trackSlug: "y" }))).toMatch(/FOREIGN KEY|foreign key/i);
  });

  it("stores times past 2038 and compares them as numbers", async () => {
    const { db, t } = await getDb();
    const far = 4_102_444_800_000; // 2100-01-01
    await db.insert(t.rateLimits).values({ key: "far", count: 1, windowStart: far });
    const rows = await db.select().from(t.rateLimits).where(sql`${t.rateLimits.windowStart} > ${far - 1}`);
    expect(rows.map((r) => r.windowStart)).toEqual([far]);
  });
});
