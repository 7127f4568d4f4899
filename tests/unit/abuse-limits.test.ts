import fc from "fast-check";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { consumeResetToken, resetTokenIsValid, saveResetToken } from "@/db/password-resets";
import { purgeRateLimits } from "@/db/rate-limits";
import { createUser, getSessionLearner, revokeSession } from "@/db/users";
import { checkPassword, SIGNIN_LIMITS } from "@/lib/auth/password-check";
import { sessionUser } from "@/lib/auth/tokens";
import { clientAddress } from "@/lib/client-address.mjs";
import { hashPassword } from "@/lib/passwords";
import { limit, LONGEST_WINDOW_MS } from "@/lib/rate-limit";
import { profileSchema, resetRequestSchema, safeCallbackPath, signInSchema, signUpSchema } from "@/lib/validation";
import { testDialect, useTempDatabase } from "./helpers/temp-db";

const PASSWORD = "river boat at sunrise 42";
let hash = "";

beforeAll(async () => {
  await useTempDatabase();
  hash = await hashPassword(PASSWORD);
});

async function rows(): Promise<number> {
  const { db, t } = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(t.rateLimits);
  return Number(row!.n);
}

describe(`the rate limiter (${testDialect})`, () => {
  it("counts atomically: 30 parallel wrong passwords get at most 10 verifications", async () => {
    await createUser({ email: "burst@example.com", name: "B", passwordHash: hash, locale: "en" });
    const results = await Promise.all(Array.from({ length: 30 }, () => checkPassword({ email: "burst@example.com", password: "wrong guess", address: "203.0.113.5" })));
    const verified = results.filter((r) => !r.ok && r.reason === "wrong").length;
    expect(verified).toBeLessThanOrEqual(SIGNIN_LIMITS.perPair.max);
    expect(verified).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBe(30 - verified);
    // Even the right password is refused from that address now.
    expect(await checkPassword({ email: "burst@example.com", password: PASSWORD, address: "203.0.113.5" })).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("an attacker's failures from one address do not stop the owner from another", async () => {
    await createUser({ email: "owner@example.com", name: "O", passwordHash: hash, locale: "bn" });
    for (let i = 0; i < 12; i++) await checkPassword({ email: "owner@example.com", password: `guess ${i}`, address: "127.0.0.2" });
    expect(await checkPassword({ email: "owner@example.com", password: PASSWORD, address: "127.0.0.2" })).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkPassword({ email: "owner@example.com", password: PASSWORD, address: "127.0.0.3" })).toMatchObject({ ok: true });
  });

  it("says how many tries are left from the third failure on", async () => {
    const left = [];
    for (let i = 0; i < 4; i++) {
      const r = await checkPassword({ email: "nobody@example.com", password: "x", address: "198.51.100.9" });
      left.push(r.ok ? "ok" : r.reason === "wrong" ? r.triesLeft : "throttled");
    }
    expect(left).toEqual([null, null, 7, 6]);
  });

  it("stores fixed-length keys, and 1,000 fresh keys leave nothing after the purge", async () => {
    const now = 5_000_000_000_000;
    const before = await rows();
    for (let i = 0; i < 1000; i++) await limit({ key: `flood:${i}:${"x".repeat(i % 3 === 0 ? 100_000 : 10)}`, max: 5, windowMs: 60_000 }, now);
    const { db, t } = await getDb();
    const lengths = await db.select({ n: sql<number>`max(length(${t.rateLimits.key}))` }).from(t.rateLimits);
    expect(Number(lengths[0]!.n)).toBe(43);
    // (the limiter's own purge may already have removed older rows)
    expect(await rows()).toBeGreaterThanOrEqual(1000);
    expect(await rows()).toBeLessThanOrEqual(before + 1000);
    await purgeRateLimits({ before: now + LONGEST_WINDOW_MS + 1 });
    expect(await rows()).toBe(0);
  });

  it("a blocked address adds no rows, whatever emails it tries", async () => {
    for (let i = 0; i < SIGNIN_LIMITS.perAddress.max; i++) await checkPassword({ email: `spray${i}@example.com`, password: "x", address: "192.0.2.77" });
    const after = await rows();
    for (let i = 0; i < 50; i++) expect(await checkPassword({ email: `more${i}@example.com`, password: "x", address: "192.0.2.77" })).toMatchObject({ reason: "throttled" });
    expect(await rows()).toBe(after);
  });

  it("a window resets once it has passed", async () => {
    const t0 = 6_000_000_000_000;
    for (let i = 0; i < 3; i++) await limit({ key: "w", max: 3, windowMs: 1000 }, t0);
    expect((await limit({ key: "w", max: 3, windowMs: 1000 }, t0 + 10)).ok).toBe(false);
    expect(await limit({ key: "w", max: 3, windowMs: 1000 }, t0 + 1001)).toMatchObject({ ok: true, count: 1 });
  });
});

describe("the client address", () => {
  it("is the socket's without TRUST_PROXY_HOPS: rotating X-Forwarded-For gains nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 5 }), (forged) => {
        expect(clientAddress({ socketAddress: "::ffff:127.0.0.9", forwardedFor: forged.join(", "), hops: 0 })).toBe("127.0.0.9");
      }),
    );
  });
  it("is the Nth entry from the right behind N proxies that append", () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 5 }), fc.ipV4(), (forged, real) => {
        expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: [...forged, real].join(", "), hops: 1 })).toBe(real);
        expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: [...forged, real, "10.0.0.2"].join(","), hops: 2 })).toBe(real);
      }),
    );
  });
});

describe("oversized input is refused before any database write", () => {
  it("a 1 MB email or key fails validation", () => {
    const big = "a".repeat(1_000_000);
    expect(signInSchema.safeParse({ email: `${big}@example.com`, password: "x" }).success).toBe(false);
    expect(signInSchema.safeParse({ email: "a@example.com", password: big }).success).toBe(false);
    expect(resetRequestSchema.safeParse({ email: `${big}@example.com` }).success).toBe(false);
  });
});

describe(`password reset tokens (${testDialect})`, () => {
  it("work once, expire, and are useless after a newer one is issued", async () => {
    const user = (await createUser({ email: "reset@example.com", name: "R", passwordHash: hash, locale: "en" }))!;
    const now = Date.now();
    await saveResetToken({ userId: user.id, tokenHash: "first", expiresAt: now + 30 * 60_000 });
    await saveResetToken({ userId: user.id, tokenHash: "second", expiresAt: now + 30 * 60_000 });
    expect(await consumeResetToken({ tokenHash: "first" })).toBeNull();
    expect(await resetTokenIsValid({ tokenHash: "second" })).toBe(true);
    expect(await consumeResetToken({ tokenHash: "second" })).toBe(user.id);
    expect(await consumeResetToken({ tokenHash: "second" })).toBeNull();
    await saveResetToken({ userId: user.id, tokenHash: "third", expiresAt: now + 30 * 60_000 });
    expect(await consumeResetToken({ tokenHash: "third", now: now + 31 * 60_000 })).toBeNull();
  });
});

describe(`sessions (${testDialect})`, () => {
  it("a signed-out session is refused; the learner's other sessions are not", async () => {
    const user = (await createUser({ email: "sessions@example.com", name: "S", passwordHash: hash, locale: "en" }))!;
    const a = { uid: user.id, sv: user.sessionVersion, sid: "sid-a" };
    const b = { uid: user.id, sv: user.sessionVersion, sid: "sid-b" };
    expect(await sessionUser(a)).not.toBeNull();
    await revokeSession({ userId: user.id, sessionId: "sid-a", expiresAt: Date.now() + 60_000 });
    expect(await sessionUser(a)).toBeNull();
    expect(await sessionUser(b)).not.toBeNull();
    expect((await getSessionLearner({ userId: user.id, sessionId: "sid-a" }))?.revoked).toBe(true);
  });
});

describe("names and callback paths", () => {
  const name = (n: string) => profileSchema.safeParse({ name: n, locale: "bn" });
  it("refuses names with nothing visible, and strips controls and bidi overrides", () => {
    for (const bad of ["\u200b\u200b", "\u200d\u200c", "\u0000", "\u001b\u0007", "\u202e\u2066", " \u00a0 "]) expect(name(bad).success).toBe(false);
    expect(name("Rahim\u202e\u0000\u001b").data?.name).toBe("Rahim");
    expect(name("\u001b[31mRed").data?.name).toBe("[31mRed");
    expect(name("কর্\u200dম").data?.name).toBe("কর্\u200dম");
    expect(name("e\u0301").data?.name).toBe("é");
    expect(signUpSchema.safeParse({ name: "\u200b", email: "a@example.com", password: PASSWORD }).success).toBe(false);
  });

  it("never leaves this site, after normalisation too", () => {
    for (const evil of ["/.//evil.com", "/./\\evil.com", "/a/../..//evil.com", "/\t/evil.com", "/%09/evil.com/..//x"]) {
      const out = safeCallbackPath(evil);
      expect(out.startsWith("//")).toBe(false);
      expect(new URL(out, "http://kajshekha.invalid").origin).toBe("http://kajshekha.invalid");
    }
    expect(safeCallbackPath("/.//evil.com")).toBe("/dashboard");
    const piece = fc.constantFrom("/", ".", "..", "\\", "//", "evil.com", "%2F", "%5C", "?", "#", "@", ":", "https:", "\t", "a");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join("")), fc.string({ maxLength: 40 }), (built, random) => {
        for (const s of [built, `/${built}`, random, `/${random}`]) {
          const out = safeCallbackPath(s);
          expect(out.startsWith("/") && !out.startsWith("//") && !out.startsWith("/\\")).toBe(true);
          expect(new URL(out, "http://kajshekha.invalid").origin).toBe("http://kajshekha.invalid");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
