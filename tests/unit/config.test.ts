import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseConfig, redactUrl } from "@/db/config.mjs";
// @ts-expect-error plain ESM script without types
import { sharedSecrets } from "../../scripts/cluster.mjs";

describe("DATABASE_URL", () => {
  const root = "/srv/kajshekha";
  it("chooses SQLite for nothing, a path or file:, and PostgreSQL for postgres:// and postgresql://", () => {
    expect(databaseConfig({}, root)).toEqual({ dialect: "sqlite", file: path.join(root, "data/kajshekha.db") });
    expect(databaseConfig({ DATABASE_URL: "data/x.db" }, root)).toEqual({ dialect: "sqlite", file: path.join(root, "data/x.db") });
    expect(databaseConfig({ DATABASE_URL: "file:/var/lib/k.db" }, root)).toEqual({ dialect: "sqlite", file: "/var/lib/k.db" });
    expect(databaseConfig({ DATABASE_URL: "file:///var/lib/k.db" }, root)).toEqual({ dialect: "sqlite", file: "/var/lib/k.db" });
    expect(databaseConfig({ DATABASE_URL: "postgres://app@db:5432/ks" }, root)).toEqual({ dialect: "postgres", url: "postgres://app@db:5432/ks" });
    expect(databaseConfig({ DATABASE_URL: "postgresql://app@db/ks" }, root).dialect).toBe("postgres");
  });

  it("refuses other schemes and broken PostgreSQL URLs with a clear message", () => {
    expect(() => databaseConfig({ DATABASE_URL: "mysql://x@y/z" }, root)).toThrow(/DATABASE_URL/);
    expect(() => databaseConfig({ DATABASE_URL: "postgres:nothing" }, root)).toThrow(/DATABASE_URL/);
  });

  it("never prints a password", () => {
    expect(redactUrl("postgres://app:s3cret@db/ks")).not.toContain("s3cret");
  });
});

describe("several servers", () => {
  it("refuse to run in production without a shared AUTH_SECRET and server-actions key", () => {
    expect(() => sharedSecrets({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
    expect(() => sharedSecrets({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) })).toThrow(/NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/);
    const ok = sharedSecrets({ NODE_ENV: "production", AUTH_SECRET: "a".repeat(40), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "k" });
    expect(ok.AUTH_SECRET).toBe("a".repeat(40));
    // Locally they make one throwaway secret for the run, shared by every server it starts.
    expect(sharedSecrets({}).AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });
});
