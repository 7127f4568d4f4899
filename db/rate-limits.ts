import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

/**
 * Counts one hit against a key in its fixed window, in one atomic statement, and returns the
 * count after this hit: a window that has passed starts again at one. Parallel hits each see
 * their own count, so a burst cannot all read "under the limit".
 */
export async function hitRateLimit({ key, windowMs, now = Date.now() }: { key: string; windowMs: number; now?: number }): Promise<{ count: number; windowStart: number }> {
  return guard("hitRateLimit", async () => {
    const { db, t } = await getDb();
    const expired = sql`${t.rateLimits.windowStart} <= ${now - windowMs}`;
    const [row] = await db
      .insert(t.rateLimits)
      .values({ key, windowStart: now, count: 1 })
      .onConflictDoUpdate({
        target: t.rateLimits.key,
        set: {
          count: sql`CASE WHEN ${expired} THEN 1 ELSE ${t.rateLimits.count} + 1 END`,
          windowStart: sql`CASE WHEN ${expired} THEN ${now} ELSE ${t.rateLimits.windowStart} END`,
        },
      })
      .returning({ count: t.rateLimits.count, windowStart: t.rateLimits.windowStart });
    return { count: Number(row!.count), windowStart: Number(row!.windowStart) };
  });
}

/** Takes one hit back (an attempt that was refused or succeeded), only within the same window. */
export async function refundRateLimit({ key, windowStart }: { key: string; windowStart: number }): Promise<void> {
  await guard("refundRateLimit", async () => {
    const { db, t } = await getDb();
    await db
      .update(t.rateLimits)
      .set({ count: sql`${t.rateLimits.count} - 1` })
      .where(and(eq(t.rateLimits.key, key), eq(t.rateLimits.windowStart, windowStart), gt(t.rateLimits.count, 0)));
  });
}

/** The count in a key's window now, without counting a hit (0 when none or expired). */
export async function peekRateLimit({ key, windowMs, now = Date.now() }: { key: string; windowMs: number; now?: number }): Promise<number> {
  return guard("peekRateLimit", async () => {
    const { db, t } = await getDb();
    const [row] = await db
      .select({ count: t.rateLimits.count })
      .from(t.rateLimits)
      .where(and(eq(t.rateLimits.key, key), gt(t.rateLimits.windowStart, now - windowMs)))
      .limit(1);
    return row ? Number(row.count) : 0;
  });
}

export async function clearRateLimit({ key }: { key: string }): Promise<void> {
  await guard("clearRateLimit", async () => {
    const { db, t } = await getDb();
    await db.delete(t.rateLimits).where(eq(t.rateLimits.key, key));
  });
}

/** Deletes every window that started before `before`; returns how many went. */
export async function purgeRateLimits({ before }: { before: number }): Promise<number> {
  return guard("purgeRateLimits", async () => {
    const { db, t } = await getDb();
    const gone = await db.delete(t.rateLimits).where(lt(t.rateLimits.windowStart, before)).returning({ key: t.rateLimits.key });
    return gone.length;
  });
}
