// `npm run db:backup [path]`: a consistent, verified copy of the live database.
// SQLite: the online backup API (safe while the server writes), then PRAGMA integrity_check.
// PostgreSQL: pg_dump in its custom format, then pg_restore --list to prove the archive reads back.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseConfig } from "../db/config.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The first of these programs that exists: PATH, then Debian's versioned folder. */
export function pgTool(name) {
  const candidates = [name, `/usr/lib/postgresql/15/bin/${name}`, `/usr/lib/postgresql/16/bin/${name}`, `/usr/lib/postgresql/17/bin/${name}`];
  for (const c of candidates) {
    if (spawnSync(c, ["--version"]).status === 0) return c;
  }
  throw new Error(`${name} not found: install PostgreSQL's client programs (Debian: postgresql-client)`);
}

export async function backupPostgres(url, destination) {
  mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const run = promisify(execFile);
  // pg_dump reads one snapshot: the archive is consistent while the servers keep writing.
  await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", `--file=${destination}`, `--dbname=${url}`]).catch((e) => {
    throw new Error(`pg_dump failed: ${String(e.stderr ?? e.message).trim()}`);
  });
  const list = await run(pgTool("pg_restore"), ["--list", destination]).catch((e) => {
    throw new Error(`pg_restore --list could not read the archive: ${String(e.stderr ?? e.message).trim()}`);
  });
  const tables = list.stdout.split("\n").filter((l) => / TABLE DATA /.test(l)).length;
  return { destination, bytes: statSync(destination).size, tablesWithData: tables };
}

export async function backupDatabase(config, destination) {
  if (config.dialect === "postgres") return backupPostgres(config.url, destination);
  const { backupSqlite } = await import("../db/drivers/sqlite.mjs");
  return backupSqlite(config.file, destination);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const config = databaseConfig(process.env, root);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const ext = config.dialect === "postgres" ? "dump" : "db";
  const destination = path.resolve(process.argv[2] ?? path.join(root, "data", "backups", `kajshekha-${stamp}.${ext}`));
  const result = await backupDatabase(config, destination);
  console.log(`backup ok: ${JSON.stringify(result)}`);
}
