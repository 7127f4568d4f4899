import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { bumpSessionVersion, createUser, getUserByEmail, updatePassword } from "@/db/users";
import { currentToken } from "@/lib/auth/tokens";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import {
  changePasswordSchema,
  checklistFormSchema,
  checklistMarkSchema,
  confirmPasswordSchema,
  lessonMarkSchema,
  lessonVisitSchema,
  profileSchema,
  safeCallbackPath,
  signInSchema,
  signUpSchema,
} from "@/lib/validation";
import { useTempDatabase } from "./helpers/temp-db";

beforeAll(async () => {
  await useTempDatabase();
});

describe("password hashing", () => {
  it("stores argon2id with m=19456, t=2, p=1 and verifies only the right password", async () => {
    const stored = await hashPassword("a long river sentence");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, "a long river sentence")).toBe(true);
    expect(await verifyPassword(stored, "a long river sentenc")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("never truncates: a 128-character password differs from its first 127 characters", async () => {
    const long = "প".repeat(64) + "x".repeat(64);
    const stored = await hashPassword(long);
    expect(await verifyPassword(stored, long.slice(0, 127))).toBe(false);
    expect(await verifyPassword(stored, long)).toBe(true);
  });
});

describe("password rules", () => {
  const base = { name: "Rahim", email: "Rahim@Example.com ", locale: "bn" };
  it("accepts 8 to 128 characters, trims and lower-cases the email", () => {
    const parsed = signUpSchema.parse({ ...base, password: "tea stall at dawn" });
    expect(parsed.email).toBe("rahim@example.com");
    expect(signUpSchema.safeParse({ ...base, password: "x".repeat(7) + "ক" }).success).toBe(true);
  });
  it("refuses short, overlong and common passwords with a reason", () => {
    const reason = (password: string) => signUpSchema.safeParse({ ...base, password }).error?.issues[0]?.message;
    expect(reason("short")).toBe("passwordShort");
    expect(reason("x".repeat(129))).toBe("passwordLong");
    expect(reason("password123")).toBe("passwordCommon");
    expect(reason("iloveyou1")).toBe("passwordCommon");
  });
});

describe("session versions", () => {
  it("revoke an old session token after sign-out everywhere and after a password change", async () => {
    const user = (await createUser({ email: "s@example.com", name: "S", passwordHash: "h", locale: "bn" }))!;
    const token = { uid: user.id, sv: user.sessionVersion, sid: "session-a" };
    expect(await currentToken(token)).toMatchObject({ uid: user.id, name: "S" });
    await bumpSessionVersion({ userId: user.id });
    expect(await currentToken(token)).toBeNull();
    const fresh = { uid: user.id, sv: (await getUserByEmail({ email: "s@example.com" }))!.sessionVersion, sid: "session-b" };
    expect(await currentToken(fresh)).not.toBeNull();
    await updatePassword({ userId: user.id, passwordHash: "h2" });
    expect(await currentToken(fresh)).toBeNull();
    expect(await currentToken({ uid: 987_654, sv: 1, sid: "x" })).toBeNull();
    expect(await currentToken({ uid: user.id, sv: 3 })).toBeNull();
  });
});

describe("validators never throw and never let junk through", () => {
  const validators = [signUpSchema, signInSchema, profileSchema, changePasswordSchema, confirmPasswordSchema, lessonMarkSchema, lessonVisitSchema, checklistMarkSchema, checklistFormSchema];
  const junk = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.string({ minLength: 5_000, maxLength: 20_000 }),
    fc.anything(),
    fc.dictionary(fc.constantFrom("name", "email", "password", "locale", "lessonId", "done", "key", "items", "currentPassword", "newPassword"), fc.oneof(fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ minLength: 129, maxLength: 10_000 }), fc.anything())),
  );

  it("answers arbitrary unicode and oversized input with a result, never an exception", () => {
    fc.assert(
      fc.property(junk, (input) => {
        for (const schema of validators) {
          const result = schema.safeParse(input);
          expect(typeof result.success).toBe("boolean");
          if (result.success) expect(JSON.stringify(result.data).length).toBeLessThan(60_000);
        }
        expect(typeof safeCallbackPath(input)).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  it("refuses oversized names, emails and passwords", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 129, maxLength: 5000 }), (big) => {
        expect(signUpSchema.safeParse({ name: "R", email: "r@example.com", password: big }).success).toBe(false);
        expect(signUpSchema.safeParse({ name: "R".repeat(81) + big, email: "r@example.com", password: "tea stall at dawn" }).success).toBe(false);
        expect(signUpSchema.safeParse({ name: "R", email: `${big}@example.com`, password: "tea stall at dawn" }).success).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps sign-in redirects on this site", () => {
    expect(safeCallbackPath("/en/tracks/web-design?mark=1")).toBe("/en/tracks/web-design?mark=1");
    for (const evil of ["//evil.example", "https://evil.example/x", "/\\evil.example", "javascript:alert(1)", "", null, 42]) {
      expect(safeCallbackPath(evil)).toBe("/dashboard");
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        const out = safeCallbackPath(s);
        expect(out.startsWith("/") && !out.startsWith("//")).toBe(true);
      }),
    );
  });
});

describe("the session secret", () => {
  it("is required and must be strong in production, and has a development fallback", async () => {
    const { authSecret } = await import("@/lib/env");
    const saved = { env: process.env.NODE_ENV, secret: process.env.AUTH_SECRET };
    const set = (k: string, v: string | undefined) => (v === undefined ? delete (process.env as Record<string, string>)[k] : ((process.env as Record<string, string>)[k] = v));
    try {
      set("NODE_ENV", "production");
      set("AUTH_SECRET", undefined);
      expect(() => authSecret()).toThrow(/AUTH_SECRET/);
      set("AUTH_SECRET", "secret");
      expect(() => authSecret()).toThrow(/AUTH_SECRET/);
      set("AUTH_SECRET", "x".repeat(31));
      expect(() => authSecret()).toThrow(/AUTH_SECRET/);
      set("AUTH_SECRET", "a-real-secret-that-is-long-enough-0123456789");
      expect(authSecret()).toBe("a-real-secret-that-is-long-enough-0123456789");
      set("NODE_ENV", "development");
      set("AUTH_SECRET", undefined);
      expect(authSecret().length).toBeGreaterThan(20);
    } finally {
      set("NODE_ENV", saved.env);
      set("AUTH_SECRET", saved.secret);
    }
  });
});
