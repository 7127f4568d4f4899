import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";

export const THROTTLE_MAX_FAILURES = 10;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** Minutes until sign-in is allowed again for any of these keys, or 0 when it is allowed now. */
export async function throttledMinutes({ keys, now = Date.now() }: { keys: string[]; now?: number }): Promise<number> {
  return guard("throttledMinutes", async () => {
    const { db, t } = await getDb();
    const rows = await db.select().from(t.signinThrottle).where(inArray(t.signinThrottle.key, keys));
    let waitMs = 0;
    for (const row of rows) {
      const endsAt = row.windowStart + THROTTLE_WINDOW_MS;
      if (row.failures >= THROTTLE_MAX_FAILURES && endsAt > now) waitMs = Math.max(waitMs, endsAt - now);
    }
    return waitMs === 0 ? 0 : Math.max(1, Math.ceil(waitMs / 60_000));
  });
}

/** Counts a failure against each key, one atomic upsert each; a window that has passed starts again from one. */
export async function recordFailure({ keys, now = Date.now() }: { keys: string[]; now?: number }): Promise<void> {
  await guard("recordFailure", async () => {
    const { db, t } = await getDb();
    const expired = now - THROTTLE_WINDOW_MS;
    for (const key of keys) {
      await db
        .insert(t.signinThrottle)
        .values({ key, failures: 1, windowStart: now })
        .onConflictDoUpdate({
          target: t.signinThrottle.key,
          set: {
            failures: sql`CASE WHEN ${t.signinThrottle.windowStart} <= ${expired} THEN 1 ELSE ${t.signinThrottle.failures} + 1 END`,
            windowStart: sql`CASE WHEN ${t.signinThrottle.windowStart} <= ${expired} THEN ${now} ELSE ${t.signinThrottle.windowStart} END`,
          },
        });
    }
  });
}

export async function clearFailures({ key }: { key: string }): Promise<void> {
  await guard("clearFailures", async () => {
    const { db, t } = await getDb();
    await db.delete(t.signinThrottle).where(eq(t.signinThrottle.key, key));
  });
}
