import "server-only";
import { createHmac } from "node:crypto";
import { clearRateLimit, hitRateLimit, purgeRateLimits, refundRateLimit } from "@/db/rate-limits";
import { authSecret } from "@/lib/env";

export type Limit = { key: string; max: number; windowMs: number };
export type Hit = { ok: boolean; count: number; remaining: number; retryAfterMs: number; key: string; windowStart: number };

/** Windows longer than this are refused, so rows older than it can always be purged. */
export const LONGEST_WINDOW_MS = 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 60_000;

/**
 * The stored key: an HMAC of the bucket name, so a row is 43 characters whatever a client sent,
 * and the table holds no email or address in the clear.
 */
export function hashKey(key: string): string {
  return createHmac("sha256", authSecret()).update(key).digest("base64url");
}

let lastPurge = 0;
async function purgeNow(now: number) {
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  await purgeRateLimits({ before: now - LONGEST_WINDOW_MS }).catch(() => undefined);
}

/**
 * Counts one hit against `key` and says whether it is within `max` per `windowMs`. One atomic
 * statement on the shared database, so the limit holds across servers and parallel requests.
 */
export async function limit({ key, max, windowMs }: Limit, now = Date.now()): Promise<Hit> {
  if (windowMs > LONGEST_WINDOW_MS) throw new Error(`rate-limit window over ${LONGEST_WINDOW_MS} ms`);
  const hashed = hashKey(key);
  const { count, windowStart } = await hitRateLimit({ key: hashed, windowMs, now });
  void purgeNow(now);
  return { ok: count <= max, count, remaining: Math.max(0, max - count), retryAfterMs: Math.max(0, windowStart + windowMs - now), key: hashed, windowStart };
}

/** Takes a hit back: the attempt it counted did not happen (refused) or should not count (success). */
export async function refund(hit: Pick<Hit, "key" | "windowStart">): Promise<void> {
  await refundRateLimit({ key: hit.key, windowStart: hit.windowStart });
}

/**
 * Checks several limits in order, stopping at the first that is exceeded. Hits counted before a
 * refusal are taken back, so a refused attempt counts nowhere; a blocked address (put it first)
 * therefore creates no new rows, whatever emails it tries.
 */
export async function limitAll(limits: readonly Limit[], now = Date.now()): Promise<{ ok: true; hits: Hit[] } | { ok: false; retryAfterMs: number }> {
  const hits: Hit[] = [];
  for (const l of limits) {
    const hit = await limit(l, now);
    hits.push(hit);
    if (!hit.ok) {
      await Promise.all(hits.map(refund));
      return { ok: false, retryAfterMs: hit.retryAfterMs };
    }
  }
  return { ok: true, hits };
}

export const minutesOf = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** Forgets a key's window (a success that should wipe earlier failures). */
export async function clearKey(key: string): Promise<void> {
  await clearRateLimit({ key: hashKey(key) });
}
