// `npm start`: makes a local secret if none is set, builds when the sources changed since the last
// build, migrates the SQLite file, then serves on $PORT (default 3000). Safe to run again after a crash.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { copyFonts } from "./copy-fonts.mjs";
import { databaseConfig, redactUrl } from "../db/config.mjs";
import { migrateDatabase } from "../db/migrate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const SOURCES = ["app", "lib", "db", "content", "messages", "types", "public", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const HASH_FILE = path.join(root, ".next", "kajshekha-source-hash");

export function sourceHash() {
  const hash = createHash("sha256");
  const visit = (rel) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(path.join(rel, name));
    } else {
      hash.update(rel).update("\0").update(readFileSync(abs)).update("\0");
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

export function buildIfNeeded() {
  copyFonts();
  const current = sourceHash();
  const built = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, "utf8").trim() : "";
  if (built === current && existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  console.log("[start] building (sources changed since the last build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(HASH_FILE, current);
  return true;
}

export function ensureAuthSecret(dataDir) {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.log(`[start] created a local AUTH_SECRET in ${path.relative(root, file)}`);
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = databaseConfig(process.env, root);
  const dataDir = config.dialect === "sqlite" ? path.dirname(config.file) : path.join(root, "data");
  mkdirSync(dataDir, { recursive: true });
  if (config.dialect === "sqlite") process.env.DATABASE_URL = config.file;
  ensureAuthSecret(dataDir);
  buildIfNeeded();
  await migrateDatabase(config);

  const port = process.env.PORT ?? "3000";
  const where = config.dialect === "sqlite" ? config.file : redactUrl(config.url);
  console.log(`[start] serving on http://localhost:${port} (database ${where})`);
  const server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: port, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
