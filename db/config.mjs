// The one place that reads DATABASE_URL. Plain ESM so that the scripts (migrate, backup, start)
// and the app share it; types in config.d.mts.
import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "a PostgreSQL URL starts with postgres:// or postgresql://")
  .refine((u) => URL.canParse(u), "not a valid URL");

const sqlitePath = z
  .string()
  .min(1)
  .refine((p) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith("file:"), "use a file path, file:…, or postgres://…");

/**
 * What DATABASE_URL says: `postgres://…` or `postgresql://…` → PostgreSQL; `file:…`, a path, or
 * nothing → the SQLite file (default data/kajshekha.db under `root`).
 * @param {Record<string, string | undefined>} env
 * @param {string} root
 * @returns {{ dialect: "sqlite", file: string } | { dialect: "postgres", url: string }}
 */
export function databaseConfig(env = process.env, root = process.cwd()) {
  const raw = (env.DATABASE_URL ?? "").trim();
  if (/^postgres(ql)?:/i.test(raw)) {
    const url = postgresUrl.safeParse(raw);
    if (!url.success) throw new Error(`DATABASE_URL: ${url.error.issues[0]?.message}`);
    return { dialect: "postgres", url: url.data };
  }
  if (raw === "") return { dialect: "sqlite", file: path.join(root, "data", "kajshekha.db") };
  const file = sqlitePath.safeParse(raw);
  if (!file.success) throw new Error(`DATABASE_URL: ${file.error.issues[0]?.message}`);
  const withoutScheme = file.data.replace(/^file:(\/\/)?/, "");
  return { dialect: "sqlite", file: path.resolve(root, withoutScheme) };
}

/** The URL with any password replaced, for logs. @param {string} url */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
