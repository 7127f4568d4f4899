import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { getDb } from "./client";
import { guard } from "./errors";
import { signinThrottle } from "./schema";

export const THROTTLE_MAX_FAILURES = 10;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** Minutes until sign-in is allowed again for any of these keys, or 0 when it is allowed now. */
export function throttledMinutes({ keys, now = Date.now() }: { keys: string[]; now?: number }): number {
  return guard("throttledMinutes", () => {
    const rows = getDb().select().from(signinThrottle).where(inArray(signinThrottle.key, keys)).all();
    let waitMs = 0;
    for (const row of rows) {
      const endsAt = row.windowStart.getTime() + THROTTLE_WINDOW_MS;
      if (row.failures >= THROTTLE_MAX_FAILURES && endsAt > now) waitMs = Math.max(waitMs, endsAt - now);
    }
    return waitMs === 0 ? 0 : Math.max(1, Math.ceil(waitMs / 60_000));
  });
}

/** Counts a failure against each key; a window that has passed starts again from one. */
export function recordFailure({ keys, now = Date.now() }: { keys: string[]; now?: number }) {
  guard("recordFailure", () => {
    const db = getDb();
    const expired = now - THROTTLE_WINDOW_MS;
    db.transaction(
      (tx) => {
        for (const key of keys) {
          tx.insert(signinThrottle)
            .values({ key, failures: 1, windowStart: new Date(now) })
            .onConflictDoUpdate({
              target: signinThrottle.key,
              set: {
                failures: sql`CASE WHEN ${signinThrottle.windowStart} <= ${expired} THEN 1 ELSE ${signinThrottle.failures} + 1 END`,
                windowStart: sql`CASE WHEN ${signinThrottle.windowStart} <= ${expired} THEN ${now} ELSE ${signinThrottle.windowStart} END`,
              },
            })
            .run();
        }
      },
      { behavior: "immediate" },
    );
  });
}

export function clearFailures({ key }: { key: string }) {
  guard("clearFailures", () => getDb().delete(signinThrottle).where(eq(signinThrottle.key, key)).run());
}
