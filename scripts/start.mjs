// `npm start`, the embedded default: builds when there is no build yet (`npm run build` rebuilds),
// makes a local AUTH_SECRET in data/ when none is set, applies the migrations, then runs Next's own
// standalone server on $PORT (default 3000) and $HOST (default all interfaces). Safe to run again
// after a crash. Several servers (npm run cluster) must instead share one AUTH_SECRET.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { databaseConfig, redactUrl } from "../db/config.mjs";
import { migrateDatabase } from "../db/migrate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const STANDALONE_SERVER = path.join(root, ".next/standalone/server.js");
/** Node's arguments for a standalone server: scripts/lib/request-guard.mjs first (headers, client address, 400s). */
export const SERVER_ARGS = ["--import", pathToFileURL(path.join(root, "scripts/lib/request-guard.mjs")).href, STANDALONE_SERVER];

export function buildIfMissing() {
  if (existsSync(STANDALONE_SERVER) && existsSync(path.join(root, ".next/BUILD_ID"))) return false;
  console.log("[start] no build yet: building…");
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
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

/** The environment Next's standalone server needs (it listens on HOSTNAME, which shells often set). */
export function serverEnv(env = process.env) {
  return { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: env.PORT ?? "3000", HOSTNAME: env.HOST ?? "0.0.0.0" };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = databaseConfig(process.env, root);
  const dataDir = config.dialect === "sqlite" ? path.dirname(config.file) : path.join(root, "data");
  mkdirSync(dataDir, { recursive: true });
  if (config.dialect === "sqlite") process.env.DATABASE_URL = config.file;
  ensureAuthSecret(dataDir);
  buildIfMissing();
  await migrateDatabase(config);

  const env = serverEnv();
  const where = config.dialect === "sqlite" ? config.file : redactUrl(config.url);
  console.log(`[start] serving on http://localhost:${env.PORT} (database ${where})`);
  const server = spawn(process.execPath, SERVER_ARGS, { cwd: path.dirname(STANDALONE_SERVER), stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
