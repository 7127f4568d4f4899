import "server-only";
import { peekRateLimit } from "@/db/rate-limits";
import { getUserByEmail } from "@/db/users";
import type { User } from "@/db/schema";
import { getDummyHash, verifyPassword } from "@/lib/passwords";
import { clearKey, hashKey, limit, limitAll, minutesOf, refund, type Limit } from "@/lib/rate-limit";

const MINUTE = 60_000;
export const SIGNIN_LIMITS = {
  perPair: { max: 10, windowMs: 15 * MINUTE },
  perAddress: { max: 100, windowMs: 15 * MINUTE },
  perEmail: { max: 50, windowMs: 60 * MINUTE },
} as const;
// An address this email signed in from lately is spared the per-email ceiling, so spread-out
// guessing from elsewhere cannot lock the owner out of their own connection.
const KNOWN_ADDRESS_MS = 24 * 60 * MINUTE;
/** From this many failures on, the form says how many tries are left. */
export const WARN_AFTER_FAILURES = 3;

const pairKey = (email: string, address: string) => `signin:pair:${email}|${address}`;
const knownKey = (email: string, address: string) => `signin:known:${email}|${address}`;

async function limitsFor(email: string, address: string): Promise<Limit[]> {
  const known = (await peekRateLimit({ key: hashKey(knownKey(email, address)), windowMs: KNOWN_ADDRESS_MS })) > 0;
  return [
    { key: `signin:address:${address}`, ...SIGNIN_LIMITS.perAddress },
    ...(known ? [] : [{ key: `signin:email:${email}`, ...SIGNIN_LIMITS.perEmail }]),
    { key: pairKey(email, address), ...SIGNIN_LIMITS.perPair },
  ];
}

export type PasswordCheck =
  | { ok: true; user: User }
  | { ok: false; reason: "throttled"; minutes: number }
  | { ok: false; reason: "wrong"; triesLeft: number | null };

/**
 * Checks an email and password under the sign-in limits: the attempt is counted before argon2
 * runs (one atomic statement per limit), so a burst of parallel guesses gets at most the limit's
 * worth of verifications. A success takes its count back and clears this address's failures.
 * Used for sign-in and for every current-password check (password change, account deletion).
 */
export async function checkPassword({ email, password, address }: { email: string; password: string; address: string }): Promise<PasswordCheck> {
  const limits = await limitsFor(email, address);
  const counted = await limitAll(limits);
  if (!counted.ok) return { ok: false, reason: "throttled", minutes: minutesOf(counted.retryAfterMs) };

  const user = await getUserByEmail({ email });
  // Unknown emails are checked against a dummy hash, so both failures take as long.
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (user && ok) {
    await Promise.all([...counted.hits.map(refund), clearKey(pairKey(email, address))]);
    await limit({ key: knownKey(email, address), max: Number.MAX_SAFE_INTEGER, windowMs: KNOWN_ADDRESS_MS });
    return { ok: true, user };
  }
  const pair = counted.hits[counted.hits.length - 1]!;
  const triesLeft = Math.min(...counted.hits.map((h) => h.remaining));
  return { ok: false, reason: "wrong", triesLeft: pair.count >= WARN_AFTER_FAILURES ? triesLeft : null };
}
